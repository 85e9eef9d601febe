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
    @classmethod
    def parse_obj(cls, obj: Any) -> Any:
        "Builds the model from a dict."
    @classmethod
    def parse_raw(cls, b: Any, **kwargs: Any) -> Any:
        "Builds the model from JSON text."
    @classmethod
    def parse_file(cls, path: Any, **kwargs: Any) -> Any:
        "Builds the model from a JSON file."
    @classmethod
    def construct(cls, **values: Any) -> Any:
        "Builds the model without validating."
    @classmethod
    def validate(cls, value: Any) -> Any:
        "Validates a value as this model."
    @classmethod
    def schema(cls, **kwargs: Any) -> Dict[str, Any]:
        "The model's JSON schema."
    @classmethod
    def schema_json(cls, **kwargs: Any) -> str:
        "The model's JSON schema as text."
    @classmethod
    def from_orm(cls, obj: Any) -> Any:
        "Builds the model from an object's attributes."
    @classmethod
    def update_forward_refs(cls, **localns: Any) -> None:
        "Resolves the model's postponed annotations."
