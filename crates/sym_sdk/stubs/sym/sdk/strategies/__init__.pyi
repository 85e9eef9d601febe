"Custom access strategies and the integrations they use."
from sym.sdk.strategies.access_strategy import AccessStrategy
from sym.sdk.strategies.integration import Integration
