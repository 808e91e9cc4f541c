# -*- coding: utf-8 -*-
"""Markdown for pandoc (markdown -> docx, pandoc's own default reference.docx and its "Table"
style: no vertical rules, a rule under the header), then LibreOffice docx -> pdf.  A pipe table
cannot merge cells, so each category is written on the first row of its group only."""
import tables as TB


def cell(s):
    return (s or '').replace('|', '\\|')


def markdown(t, maker):
    out = [f'# {t["title"]}', '']
    for line in t.get('lines', []):
        if line.startswith(('一、', '二、', '三、', '四、')):
            out += [f'## {line}', '']
        else:
            out += [line, '']
    m, h0, b0 = TB.matrix(t, maker)
    ws = t['widths']
    out.append('| ' + ' | '.join(cell(x) for x in m[h0]) + ' |')
    out.append('|' + '|'.join(':' + '-' * max(3, w) + ':' if t['cols'][j] != 'name' else '-' * max(3, w) + '-'
                              for j, w in enumerate(ws)) + '|')
    for row in m[b0:]:
        out.append('| ' + ' | '.join(cell(x) for x in row) + ' |')
    out.append('')
    for line in t.get('post', []):
        out += [line, '']
    return '\n'.join(out) + '\n'
