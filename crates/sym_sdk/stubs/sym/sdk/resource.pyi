"Sym resource names (SRNs) and the resources they name."
from typing import Any, Dict, Optional, Union
from sym.sdk.errors import SymSDKError

class InvalidSRNError(SymSDKError):
    "A string that is not a valid SRN."
    srn: str
    "The refused string."

class InvalidSlugError(InvalidSRNError):
    "An SRN part that is not a slug."

class MissingComponentError(InvalidSRNError):
    "An SRN without a required part."

class InvalidVersionError(InvalidSRNError):
    "An SRN whose version is not latest or x.y.z."

class TrailingSeparatorError(InvalidSRNError):
    "An SRN that ends with a colon."

class MultipleErrors(InvalidSRNError):
    "Several SRN problems at once."
    errors: list
    "The problems."
    def add(self, exc: InvalidSRNError) -> None:
        "Records one more problem."
    def check(self) -> None:
        "Raises the recorded problems, if any."

class SRN:
    "A Sym resource name: org:model[:type]:slug:version[:identifier]."
    SEPARATOR: str
    "The separator between parts (a colon)."
    SLUG_PATTERN: Any
    "The pattern a slug part matches."
    VERSION_PATTERN: Any
    "The pattern the version part matches."
    def __init__(self, org: str, model: str, type: Optional[str], slug: str, version: str, identifier: Optional[str] = None) -> None:
        "Builds and validates an SRN from its parts."
    @classmethod
    def parse(cls, raw: str) -> SRN:
        "Parses an SRN string."
    @classmethod
    def requires_type(cls, model: str) -> bool:
        "Whether SRNs of this model have a type part."
    def copy(self, organization: Optional[str] = None, model: Optional[str] = None, type: Optional[str] = None, slug: Optional[str] = None, version: Optional[str] = None, identifier: Optional[str] = None) -> SRN:
        "A copy with some parts replaced."
    organization: str
    "The organization part."
    model: str
    "The model part."
    type: Optional[str]
    "The type part, or None."
    slug: str
    "The slug part."
    version: str
    "The version part."
    identifier: Optional[str]
    "The identifier part, or None."

class SymBaseResource:
    "The base of the SDK's resource objects."
    def dict(self) -> Dict[str, Any]:
        "The resource's public values as a dict."

class SymResource(SymBaseResource):
    "A resource named by an SRN; the SRN's parts read as its attributes."
    srn: SRN
    "The resource's name."
    name: str
    "The slug of the resource's SRN."
    organization: str
    "The organization of the resource's SRN."
    model: str
    "The model of the resource's SRN."
    type: Optional[str]
    "The type of the resource's SRN, or None."
    slug: str
    "The slug of the resource's SRN."
    version: str
    "The version of the resource's SRN."
    identifier: Optional[str]
    "The identifier of the resource's SRN, or None."
    def copy(self, organization: Optional[str] = None, model: Optional[str] = None, type: Optional[str] = None, slug: Optional[str] = None, version: Optional[str] = None, identifier: Optional[str] = None) -> SRN:
        "A copy of the resource's SRN with some parts replaced."
    def __init__(self, srn: Union[SRN, str]) -> None:
        "Names a resource by its SRN."
