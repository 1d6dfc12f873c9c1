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


ECHO_LIMIT = 80
"""Most characters of user input echoed in one error message (see :func:`quote`)."""


def quote(value: object, limit: int = ECHO_LIMIT) -> str:
    """User input as it may appear inside an error message: on one line, quoted, short.

    Text is shown as a Python literal (``'a\\nb'``): newlines, terminal escape codes, bidi
    controls and lone surrogates come out as visible escapes, never as a second line or colour.
    Anything longer than ``limit`` characters is cut in the middle (``'aaa…zzz' (2,000,000
    characters)``). Other values are shown by their ``repr``, bounded in depth and length.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, str):
        if len(value) > limit:
            half = max(limit // 2 - 2, 1)
            short = repr(value[:half])[:-1] + "…" + repr(value[-half:])[1:]
            return f"{short} ({len(value):,} characters)"
        return repr(value)
    import reprlib

    r = reprlib.Repr()
    r.maxlevel, r.maxstring, r.maxother, r.maxlong = 3, limit, limit, limit
    r.maxlist = r.maxtuple = r.maxdict = r.maxset = 6
    try:
        text = r.repr(value)
    except Exception:  # a hostile __repr__: name the type only
        text = f"<{type(value).__name__}>"
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text


def show_path(path: object, limit: int = 200) -> str:
    """A file name for a message: as is when it is printable and not too long, else quoted."""
    text = str(path)
    if text.isprintable() and len(text) <= limit:
        return text
    return quote(text, limit)


MESSAGE_LIMIT = 400
"""Longest error message shown in one line (a message quotes its input, so it stays short)."""


def one_line(message: str, limit: int = MESSAGE_LIMIT) -> str:
    """A message as one printable line of at most ``limit`` characters: the last guard before
    a terminal or a dialog (control characters come out as visible escapes)."""
    text = "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
        for c in message[: limit * 2]
    )
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape_unencodable(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeEncodeError):
        raise err
    out = []
    for c in err.object[err.start : err.end]:
        cp = ord(c)
        if cp > 0xFFFF:  # as a JSON surrogate pair
            cp -= 0x10000
            out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
        else:
            out.append(f"\\u{cp:04x}")
    return "".join(out), err.end


def escape_unencodable_output() -> None:
    """Let ``sys.stdout``/``sys.stderr`` write what their encoding cannot (``PYTHONIOENCODING=
    ascii``, a legacy console) as ``\\uXXXX`` escapes instead of failing: readable in text and
    still valid inside JSON strings."""
    import codecs
    import sys

    try:
        codecs.lookup_error("wattif-escape")
    except LookupError:
        codecs.register_error("wattif-escape", _escape_unencodable)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="wattif-escape")
            except (ValueError, OSError):
                pass
