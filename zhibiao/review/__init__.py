"""The local review page (``zhibiao review``): the flagged rows of a workbook (or .jsonl) that
``zhibiao normalize`` wrote, worked through in a browser, each decision written back into the
file's review cells.

session.py   the rows (worst first), the filters and the decisions written into the file
server.py    the standard library's HTTP server on 127.0.0.1, with its Host/Origin/token guards
xlsxpatch.py edits cells of one worksheet's XML; every other part of the file is kept as it was
static/      the page: plain HTML, CSS and script (no build step, nothing from the network)
"""
