"Invoke AWS Lambda functions."
from typing import Any, Optional, Union
from sym.sdk.event import Event

def invoke(arn: str, payload: Optional[Union[Event, dict]] = None) -> Any:
    "Calls the Lambda function and returns what it answered."

def invoke_async(arn: str, payload: Optional[Union[Event, dict]] = None) -> bool:
    "Starts the Lambda function without waiting; True when it was started."
