"""User data inside rich text: escaped, so a name like ``<b>X</b>`` shows as typed.

Qt renders a label, tooltip or document as HTML when the text looks like markup
(``Qt.mightBeRichText``), so anything a person typed must be escaped before it is
put next to tags, and plain text shown where Qt guesses must be forced to rich text
after escaping, or a title that starts with a tag would be rendered rather than shown.
"""

from __future__ import annotations

import html


def escape(value: object) -> str:
    """The text of ``value`` with ``<``, ``>``, ``&`` and quotes as entities."""
    return html.escape(str(value))


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks kept."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"
