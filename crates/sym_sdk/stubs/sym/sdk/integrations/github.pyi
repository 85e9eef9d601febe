"GitHub repository collaborators."
from typing import Iterable, List
from sym.sdk.user import User

def get_repo_collaborators(*, repo_name: str, roles: Iterable[str]) -> List[User]:
    "The collaborators of a repository who have one of the roles (read, triage, write, maintain, admin or a custom role)."
