"""Front ends: inputs (text, HTML pages, WARC records, the command line's files) turned
into what the pipeline reads. They never import the pipeline or a filter
(tests/test_imports.py checks it).

- `decode`: bytes to str, and what is binary: one policy for files, pages and WARC
- `text`: text to a Document, one block per line
- `html`: a page to a Document, with the DOM cuts (`dom`, `dom_tokens`) and notes
- `warc`: the HTML responses of a WARC file
- `files`: the files, directories and stdin the command line names
"""
