"Sym's own users."
from typing import List
from sym.sdk.user import User

def get_or_create_user_by_email(email: str) -> User:
    "The Sym user with this email, created when missing."

def get_or_create_users_by_emails(emails: List[str], raise_on_error: bool = False) -> List[User]:
    "The Sym users with these emails, created when missing."
