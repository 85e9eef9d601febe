"Jira issues."
from typing import Any, Dict, List, Optional

def search_issues(jql: str, fields: Optional[List[str]] = None, expand: Optional[List[str]] = None) -> List[dict]:
    "The issues a JQL query finds."

def add_comment_to_issue(issue_id_or_key: str, comment: str, expand: Optional[List[str]] = None) -> None:
    "Comments on an issue."

def create_issue(title: str, project_key: str, issue_type_name: str, description: Optional[str] = None, due_date: Optional[str] = None, labels: Optional[List[str]] = None, parent_issue_id_or_key: Optional[str] = None, priority_id: Optional[str] = None, custom_fields: Optional[Dict[str, Any]] = None) -> str:
    "Creates an issue and returns its key."
