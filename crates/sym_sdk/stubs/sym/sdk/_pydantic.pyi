"The model base class the SDK's data classes share (not importable by handlers)."
from typing import Any, Dict

class BaseModel:
    "A validated data model."
    def dict(self, **kwargs: Any) -> Dict[str, Any]:
        "The model's fields as a dict."
    def json(self, **kwargs: Any) -> str:
        "The model as a JSON string."
    def copy(self, **kwargs: Any) -> Any:
        "A copy of the model."
