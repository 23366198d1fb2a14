"""Document builders: HTML for printing, docx, xlsx, csv, ics."""
