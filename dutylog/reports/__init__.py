"""Document builders: HTML for Qt printing and editing, .docx with python-docx.

Nothing here imports Qt; the PDF writer that needs Qt is `dutylog.ui.pdf`.
"""
