# Shared bits of the held-out-7 generator: page chrome, table renderers, expected rows.
# Every project, department, site, figure and sentence here is invented by hand.
import html
import json

E = html.escape

# Category words used in the tables below -> the code the table thereby declares (written by hand).
L1 = {
    "产出指标": "1", "产出": "1", "成本指标": "1",
    "效益指标": "2", "效益": "2",
    "满意度指标": "3", "满意度": "3",
}
L2 = {
    "数量指标": "11", "数量": "11",
    "质量指标": "12", "质量": "12",
    "时效指标": "13", "时效": "13",
    "成本指标": "14", "成本": "14", "经济成本指标": "14", "社会成本指标": "14", "生态环境成本指标": "14",
    "经济效益指标": "21", "经济效益": "21",
    "社会效益指标": "22", "社会效益": "22",
    "生态效益指标": "23", "生态效益": "23",
    "可持续影响指标": "24", "可持续影响": "24",
    "服务对象满意度指标": "31", "满意度": "31", "社会公众或服务对象满意度指标": "31",
    "服务对象满意度": "31",
}


def R(l1, l2, name, val="", **kw):
    d = dict(l1=l1, l2=l2, name=name, val=val)
    d.update(kw)
    return d


def clean_name(n):
    return n.replace("|", "")


def expected_value(row, cols):
    parts = []
    if "op" in cols:
        op = row.get("op", "")
        if op and op != "定性":
            parts.append(op)
    parts.append(row.get("val", ""))
    if "unit" in cols:
        parts.append(row.get("unit", ""))
    v = "".join(p for p in parts if p)
    return v if v else None


def expected_rows(sid, table):
    cols = table["cols"]
    out = []
    for r in table["rows"]:
        l1 = r["l1"] if "l1" in cols else None
        l2 = r["l2"] if "l2" in cols else None
        out.append({
            "source_id": sid,
            "project": table["project"],
            "name": clean_name(r["name"]),
            "value": expected_value(r, cols),
            "level1_code": L1[l1] if l1 else None,
            "level2_code": L2[l2] if l2 else None,
        })
    return out


def spans(rows, key):
    """rowspan per row index for consecutive equal keys (0 = covered)."""
    n = len(rows)
    res = [0] * n
    i = 0
    while i < n:
        j = i
        while j + 1 < n and key(rows[j + 1]) == key(rows[i]):
            j += 1
        res[i] = j - i + 1
        i = j + 1
    return res


def cell_text(row, c, seq):
    if c == "seq":
        return str(seq)
    if c == "name":
        return row["name"]
    return row.get(c, "")


# ---------------------------------------------------------------- renderers
def fmt_text(t, br="<br>"):
    return E(t).replace("|", br)


def render_table(t, style):
    """style: dict(kind=word|excel|cms|bare|wps, merge=rowspan|blank|repeat, thead=bool, ...)"""
    cols = t["cols"]
    labels = t["labels"]
    rows = t["rows"]
    kind = style["kind"]
    merge = style.get("merge", "rowspan")
    ncol = len(cols)
    s1 = spans(rows, lambda r: r["l1"])
    s2 = spans(rows, lambda r: (r["l1"], r["l2"]))
    widths = style.get("widths", {})

    def td(text, attrs="", head=False):
        text = text if text != "" else None
        if kind == "word":
            inner = "&nbsp;" if text is None else fmt_text(text, "<br>")
            fw = "font-weight:bold;" if head else ""
            return (f'<td {attrs} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                    f'<p class=MsoNormal align=center style="text-align:center;line-height:16.0pt">'
                    f'<span style="font-size:10.5pt;font-family:宋体;{fw}">{inner}</span></p></td>')
        if kind == "wps":
            inner = "&nbsp;" if text is None else fmt_text(text, "<br>")
            b = f"<b>{inner}</b>" if head else inner
            return f'<td {attrs} valign="middle"><font face="仿宋" size="2">{b}</font></td>'
        if kind == "excel":
            inner = "" if text is None else fmt_text(text, "<br>")
            cls = "xl68" if head else "xl66"
            return f"<td {attrs} class={cls}>{inner}</td>"
        if kind == "bare":
            inner = "" if text is None else fmt_text(text, "<br>")
            if head:
                return f'<td {attrs} style="font-weight:bold;padding:4px 6px">{inner}</td>'
            return f'<td {attrs} style="padding:3px 6px">{inner}</td>'
        # cms
        inner = "&nbsp;" if text is None else fmt_text(text, "<br>")
        tag = "th" if head and style.get("th") else "td"
        return f"<{tag} {attrs}>{inner}</{tag}>"

    out = []
    if kind == "word":
        out.append('<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=%s '
                   'style="width:%spt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
                   'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">' %
                   (style.get("pxw", 620), style.get("ptw", 465)))
    elif kind == "excel":
        out.append('<table border=0 cellpadding=0 cellspacing=0 width=%s style="border-collapse:collapse;table-layout:fixed;width:%spt">' %
                   (style.get("pxw", 700), style.get("ptw", 525)))
        for c in cols:
            w = widths.get(c, 72)
            out.append(f' <col width={w} style="mso-width-source:userset;width:{w * 0.75:.2f}pt">')
    elif kind == "wps":
        out.append('<table width="100%" border="1" cellspacing="0" cellpadding="2" bordercolor="#000000" style="border-collapse:collapse">')
    elif kind == "bare":
        out.append('<table width="%s" border="0" cellspacing="0" cellpadding="0" class="tab-noline">' % style.get("pxw", "100%"))
    else:
        cls = style.get("cls", "")
        out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="{style.get("pxw", "100%")}" {cls} style="border-collapse:collapse">')

    # caption / title row inside the table
    if style.get("title_row"):
        tattr = "colspan=%d" % ncol
        out.append("<tr>" + td(style["title_row"], tattr, head=True) + "</tr>")
    # header block
    for hb in t.get("block", []):
        cells = []
        used = 0
        spec = hb  # list of (text, colspan)
        for text, span in spec:
            a = f"colspan={span}" if span > 1 else ""
            cells.append(td(text, a, head=(span == 1 and used == 0)))
            used += span
        out.append("<tr>" + "".join(cells) + "</tr>")

    # column header
    head_rows = t.get("head_rows")
    thead = style.get("thead")
    hdr = []
    if head_rows:  # explicit multi-row headers: list of list of (text, colspan, rowspan)
        for hr in head_rows:
            hdr.append("<tr>" + "".join(
                td(x, (f"colspan={cs} " if cs > 1 else "") + (f"rowspan={rs}" if rs > 1 else ""), head=True)
                for x, cs, rs in hr) + "</tr>")
    else:
        hdr.append("<tr>" + "".join(td(labels[c], "", head=True) for c in cols) + "</tr>")
    if style.get("no_header"):
        pass
    elif thead:
        out.append("<thead>" + "".join(hdr) + "</thead><tbody>")
    else:
        out.extend(hdr)

    for i, r in enumerate(rows):
        cells = []
        # leading l1 label row for pages with a grand merge (e.g. 绩效指标 cell)
        for c in cols:
            a = ""
            if c == "lead":
                if i == 0:
                    cells.append(td(t["lead_text"], f"rowspan={len(rows)}", head=True))
                continue
            if c in ("l1", "l2") and merge != "repeat":
                sp = (s1 if c == "l1" else s2)[i]
                if merge == "rowspan":
                    if sp == 0:
                        continue
                    a = f"rowspan={sp}" if sp > 1 else ""
                    cells.append(td(r[c], a))
                    continue
                else:  # blank
                    cells.append(td(r[c] if sp else "", ""))
                    continue
            cells.append(td(cell_text(r, c, i + 1), a))
        out.append("<tr>" + "".join(cells) + "</tr>")
    for tr in t.get("tail", []):
        out.append("<tr>" + "".join(td(x, f"colspan={s}" if s > 1 else "") for x, s in tr) + "</tr>")
    if thead:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


EXCEL_CSS = """
<style>
<!--table {mso-displayed-decimal-separator:"\\.";mso-displayed-thousand-separator:"\\,";}
.xl66 {mso-style-parent:style0;font-size:10.0pt;font-family:宋体;text-align:center;vertical-align:middle;
 border:.5pt solid windowtext;white-space:normal;padding:1px 2px}
.xl68 {mso-style-parent:style0;font-size:10.0pt;font-weight:700;font-family:宋体;text-align:center;vertical-align:middle;
 border:.5pt solid windowtext;white-space:normal;background:#F2F2F2;padding:1px 2px}
-->
</style>"""


def page(site, title, meta, body, footer, css="", sidebar=None, width=980, theme="#b5121b"):
    nav = site.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "走进" + site["short"]])
    navhtml = "".join(f'<li><a href="#">{n}</a></li>' for n in nav)
    side = ""
    mainw = width - 40
    if sidebar:
        side = '<div class="side"><h3>%s</h3><ul>%s</ul></div>' % (
            sidebar[0], "".join(f"<li>{x}</li>" for x in sidebar[1]))
        mainw = width - 290
    crumbs = " &gt; ".join(f'<a href="#">{c}</a>' for c in site["crumbs"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(title)}_{E(site['name'])}</title>
<meta name="SiteName" content="{E(site['name'])}"><meta name="ArticleTitle" content="{E(title)}">
<style>
body{{margin:0;font-family:"Microsoft YaHei","微软雅黑",SimSun,sans-serif;font-size:14px;color:#333;background:#f4f4f4}}
a{{color:#333;text-decoration:none}}
.top{{background:{theme};color:#fff}} .top .in{{width:{width}px;margin:0 auto;padding:18px 0 10px}}
.top .sn{{font-size:30px;font-weight:bold;letter-spacing:3px}} .top .url{{font-size:12px;opacity:.8}}
.topbar{{width:{width}px;margin:0 auto;font-size:12px;color:#666;padding:4px 0}}
.nav{{background:#fff;border-bottom:3px solid {theme}}} .nav ul{{width:{width}px;margin:0 auto;padding:0;list-style:none;overflow:hidden}}
.nav li{{float:left;padding:10px 22px;font-size:16px}}
.wrap{{width:{width}px;margin:10px auto;background:#fff;overflow:hidden}}
.crumb{{padding:10px 20px;border-bottom:1px solid #ddd;font-size:13px}}
.side{{float:left;width:200px;padding:10px 10px 10px 20px;font-size:13px}} .side h3{{font-size:15px;border-bottom:2px solid {theme}}}
.side ul{{padding-left:16px}}
.main{{float:left;width:{mainw}px;padding:10px 20px}}
h1.tit{{font-size:22px;text-align:center;color:#1a1a1a;line-height:34px;margin:18px 0 8px}}
.info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}}
.content{{font-size:15px;line-height:1.8}} .content p{{text-indent:2em;margin:6px 0}}
.content table{{margin:8px auto;font-size:13px;line-height:1.5}}
.content table p{{text-indent:0;margin:0}}
.attach{{margin-top:14px;font-size:14px}} .tools{{text-align:right;font-size:13px;color:#555;margin:14px 0}}
.share{{font-size:12px;color:#777}}
.foot{{background:#e9e9e9;border-top:3px solid {theme};font-size:12px;color:#555;text-align:center;line-height:22px;padding:14px 0}}
{css}
</style></head>
<body>
<div class="topbar">{site.get('topbar', '欢迎访问' + site['name'] + '！　　无障碍阅读　|　长者模式　|　简体　繁體　|　登录')}</div>
<div class="top"><div class="in"><div class="sn">{E(site['name'])}</div><div class="url">{E(site['domain'])}</div></div></div>
<div class="nav"><ul>{navhtml}</ul></div>
<div class="wrap">
<div class="crumb">当前位置：{crumbs}</div>
{side}
<div class="main">
<h1 class="tit">{E(title)}</h1>
<div class="info">{meta}</div>
<div class="content">
{body}
</div>
</div>
</div>
<div class="foot">{footer}</div>
</body></html>"""


def dump(sid, tables, outdir):
    rows = []
    for t in tables:
        rows.extend(expected_rows(sid, t))
    with open(f"{outdir}/{sid}-chromium-page.expected.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows
