"""Document builders: HTML for Qt printing and editing, .docx, .xlsx, .csv, .ics.

Nothing here imports Qt; the PDF writers that need Qt live in `dutylog.ui`.
"""
