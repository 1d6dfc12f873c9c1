"""Exceptions raised by the WattIf model for bad input.

Every message names the offending key or file and, where it applies, the allowed range, so that
the command line and the GUI can show it to the user as is.
"""


class WattIfError(ValueError):
    """Base class of all input errors of WattIf."""


class ParameterError(WattIfError):
    """An unknown parameter, a wrong type or a value outside the allowed range."""


class ScenarioFileError(WattIfError):
    """A scenario file that cannot be read, is not JSON, or is not a WattIf scenario."""
