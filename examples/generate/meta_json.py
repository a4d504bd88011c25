"""Writes JSON the way Meta's "Download Your Information" export does.

Meta's writer (checked against the real samples in ../shared/samples/facebook/):
- 2-space indent, `"key": value`, items separated by ",\n", no trailing newline;
- strings are UTF-8 whose every non-ASCII *byte* is written as a lower-case `\\u00xx` escape
  (so "Zoë" becomes "Zo\\u00c3\\u00ab": the famous mojibake), `"` and `\\` escaped, `/` not;
- empty arrays and objects are written open, with a blank line of the inner indent:
  `[` newline, (indent + 2 spaces), newline, (indent), `]`.
"""

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}


def encode_string(text: str) -> str:
    """Returns the JSON string literal, Meta style (quotes included)."""
    out = ['"']
    for ch in text:
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append('\\u%04x' % ord(ch))
        elif ord(ch) < 0x80:
            out.append(ch)
        else:
            out.extend('\\u00%02x' % byte for byte in ch.encode('utf-8'))
    out.append('"')
    return ''.join(out)


def _encode_number(value) -> str:
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        return text[:-2] if text.endswith('.0') else text
    raise TypeError('not a JSON number: %r' % (value,))


def encode(value, level: int = 0) -> str:
    """Returns `value` (dict, list, str, int, float, bool, None) as Meta-style JSON text."""
    indent = '  ' * level
    inner = '  ' * (level + 1)
    if isinstance(value, dict):
        if not value:
            return '{\n' + inner + '\n' + indent + '}'
        items = [inner + encode_string(str(k)) + ': ' + encode(v, level + 1)
                 for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + indent + '}'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[\n' + inner + '\n' + indent + ']'
        items = [inner + encode(v, level + 1) for v in value]
        return '[\n' + ',\n'.join(items) + '\n' + indent + ']'
    if isinstance(value, str):
        return encode_string(value)
    if value is None:
        return 'null'
    return _encode_number(value)


def repair(text: str) -> str:
    """What a reader does after JSON-decoding a Meta string: undo the mojibake."""
    try:
        return text.encode('latin-1').decode('utf-8')
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
