"KnowBe4 training and groups."
from typing import List, Optional
from sym.sdk.user import User

def get_training_enrollments_for_user(user: User, store_purchase_id: Optional[int] = None, campaign_id: Optional[int] = None) -> List[dict]:
    "The user's training enrollments."

def is_user_in_group(user: User, group_id: int) -> bool:
    "Whether the user belongs to the group."
