"Where FieldOption is usually imported from."
from sym.sdk.forms import FieldOption
