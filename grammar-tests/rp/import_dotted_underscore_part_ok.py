import json._missing
