import sym.sdk
import sym.sdk.integrations.slack
from sym import sdk
from sym.sdk import annotations, integrations, templates
import requests
import json
import datetime
