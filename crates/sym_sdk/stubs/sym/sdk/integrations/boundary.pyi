"HashiCorp Boundary groups."
from typing import List, Optional

def list_groups(scope_id: str = "global", filter: Optional[str] = None, recursive: bool = False) -> List[dict]:
    "The groups of a scope."

def get_group(group_id: str) -> dict:
    "One group by id."
