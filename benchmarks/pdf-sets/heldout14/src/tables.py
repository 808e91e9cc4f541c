# -*- coding: utf-8 -*-
"""Held-out PDF set 14: fourteen invented performance-target tables (ZE01-ZE14), typed by hand, as they
appear on Chinese government web pages (CMS articles: UEditor, TRS, Word pasted; budget-system pages:
Element-UI / Ant Design / layui grids) and in budget-system exports, printed to PDF the ways testers and
bureaus print them (mostly Chromium; also LibreOffice from html/xlsx/docx, wkhtmltopdf, WeasyPrint,
Ghostscript).

Every county, city, department, project, person, phone number and figure below is invented for this
set (places: 楮溪市, 荻屿县, 椴川县, 苕坪县, 榧岭县, 葭洲市, 檩江县, 莳阳县, 樗原县, 芡塘县, 葑浦市,
杻山县, 蓂溪县, 荛湾市 — none used by sets 6-13, elsewhere in the repo or in /work/shared).
Body rows are ' | '-separated lines in the order of `cols`; a blank l1/l2 cell means "the same category
as the row above" (what a merged cell reads as).  Each maker decides how a category is printed: merged
over its group (rowspan / grid-row span), on the first row of its group only, or on every row (`cats`
per table, `cats_by_maker` per maker).  Expected rows come from these lines only.  The grid helpers are
set 13's (sets 10-12's), copied.
"""

T = []


def body(cols, text):
    out, prev = [], {}
    for line in text.strip('\n').splitlines():
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        cells = [c.strip() for c in line.split('|')]
        assert len(cells) == len(cols), (cols, line)
        r = dict(zip(cols, cells))
        r['_new1'] = bool(r['l1']) or not out
        r['_new2'] = r['_new1'] or bool(r['l2'])
        if r['l2'] == '=':
            r['_across'] = True
            r['l2'] = ''
        else:
            r['_across'] = bool(out) and not r['_new1'] and not r['l2'] and out[-1]['_across']
        for k in ('l1', 'l2'):
            if r[k]:
                prev[k] = r[k]
            else:
                r[k] = prev[k]
        if r['_across']:
            r['l2'] = r['l1']
        out.append(r)
    return out


# Category text as printed -> code (first word found wins; only words these tables print).
L1_WORDS = [('满意度', '3'), ('效益', '2'), ('成本', '1'), ('产出', '1')]
L2_WORDS = [('成本', '14'), ('数量', '11'), ('质量', '12'), ('时效', '13'), ('经济效益', '21'),
            ('社会效益', '22'), ('生态效益', '23'), ('可持续', '24'), ('满意度', '31')]


def code(text, words):
    for w, c in words:
        if w in text:
            return c
    raise ValueError(text)


def joined(r, key):
    """The annual (key 'val') or period (key 'pval') target: op + number + unit, 定性 dropped."""
    v = r.get(key, '')
    if not v:
        return None
    op = r.get('op', '')
    return ('' if op == '定性' else op) + v + r.get('unit', '')


def pieces(r, key='val'):
    """The printed cells a joined value is made of (for the presence checks)."""
    op = r.get('op', '')
    return [p for p in ('' if op == '定性' else op, r.get(key), r.get('unit', '')) if p]


def expected(t):
    out = []
    for r in t['rows']:
        e = {'source_id': t['id'], 'department': t['dept'], 'project': t['project'],
             'name': r['name'], 'value': joined(r, 'val')}
        if 'pval' in t['cols']:
            e['period_value'] = joined(r, 'pval')
        e['level1_code'] = code(r['l1'], L1_WORDS)
        e['level2_code'] = code(r['l2'], L2_WORDS)
        out.append(e)
    return out


def cats_mode(t, maker):
    return t.get('cats_by_maker', {}).get(maker) or t.get('cats', 'merge')


# ------------------------------------------------------------------ the printed grid
# block / head / tail rows are lists of (text, colspan, rowspan[, opts]); opts: L left, B bold.

def cell(text, cs=1, rs=1, opts='', kind='body', key=None):
    return dict(text=text, cs=cs, rs=rs, left='L' in opts, bold='B' in opts, kind=kind, key=key)


LEFT_KEYS = ('name', 'remark', 'std', 'reason', 'explain')


def head_rows(t):
    return t.get('head') or [[(lab, 1, 1) for lab in t['labels']]]


def grid(t, maker, head=True, block=True, tail=True):
    """The printed table as rows of cells (positions covered by a span left out).
    Returns (rows, index of the first header row, index of the first body row)."""
    cols = t['cols']
    g = []
    if block:
        for row in t.get('block', []):
            g.append([cell(c[0], c[1], c[2], c[3] if len(c) > 3 else '', 'block') for c in row])
    h0 = len(g)
    if head:
        for row in head_rows(t):
            g.append([cell(c[0], c[1], c[2], (c[3] if len(c) > 3 else '') + 'B', 'head') for c in row])
    b0 = len(g)
    mode = cats_mode(t, maker)
    rs = t['rows']
    for i, r in enumerate(rs):
        row = []
        for k in cols:
            if k == 'seq':
                row.append(cell(str(i + 1), key='seq'))
            elif k == 'l2' and r['_across']:
                continue                      # covered by the l1 cell merged across
            elif k in ('l1', 'l2'):
                flag = '_new1' if k == 'l1' else '_new2'
                cs = 2 if (k == 'l1' and r['_across']) else 1
                if mode == 'every' or r[flag]:
                    span = 1
                    if mode == 'merge':
                        while i + span < len(rs) and not rs[i + span][flag]:
                            span += 1
                    if cs == 2:
                        assert all(rs[i + d]['_across'] for d in range(span)), r['name']
                    row.append(cell(r[k], cs, span, key=k))
                elif mode == 'first':
                    row.append(cell('', cs, key=k))
                # mode merge: covered by the span above
            else:
                row.append(cell(r.get(k, ''), opts='L' if k in LEFT_KEYS else '', key=k))
        g.append(row)
    if tail:
        for row in t.get('tail', []):
            g.append([cell(c[0], c[1], c[2], c[3] if len(c) > 3 else '', 'tail') for c in row])
    check_grid(g, len(cols))
    return g, h0, b0


def positions(g):
    """(row, col, cell) for every printed cell, columns resolved around spans."""
    taken, out = set(), []
    for r, row in enumerate(g):
        c = 0
        for x in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, x))
            for dr in range(x['rs']):
                for dc in range(x['cs']):
                    taken.add((r + dr, c + dc))
            c += x['cs']
    return out


def check_grid(g, n):
    seen = set()
    for r, c, x in positions(g):
        for dr in range(x['rs']):
            for dc in range(x['cs']):
                assert (r + dr, c + dc) not in seen, ('overlap', r, c, x['text'])
                assert c + dc < n, ('too wide', r, x['text'])
                seen.add((r + dr, c + dc))
    for r in range(len(g)):
        for c in range(n):
            assert (r, c) in seen, ('hole', r, c, [x['text'] for x in g[r]])


def block_grid(t):
    """The header block alone (t['block']) as rows of cells, for makers that print it as a table of
    its own above the indicator table (so that the indicator table's header row can repeat)."""
    g = [[cell(c[0], c[1], c[2], c[3] if len(c) > 3 else '', 'block') for c in row] for row in t.get('block', [])]
    check_grid(g, len(t['cols']))
    return g


def score_total(t):
    """(sum of 分值, sum of 得分) of a self-evaluation table's indicator rows, as numbers."""
    return sum(float(r['score']) for r in t['rows']), sum(float(r['got']) for r in t['rows'])


def num(x):
    return f'{x:.1f}'.rstrip('0').rstrip('.')




# ================================================================== the tables

# ZE01 ---------------------------------------------------------------- 垃圾分类 (zebra, dark header)
T.append(dict(
    id='ZE01', makers=['chromium-zebra-dark', 'libreoffice-html'],
    dept='楮溪市城市管理局', project='2025年城市生活垃圾分类处理运营补助资金',
    title='2025年城市生活垃圾分类处理运营补助资金绩效目标表',
    lines=['主管部门：楮溪市城市管理局　　项目资金：1,846.20万元　　实施期限：2025年1月—12月'],
    cols=['l1', 'l2', 'name', 'val'],
    labels=['一级指标', '二级指标', '三级指标', '指标值'],
    widths=[14, 16, 44, 26],
    rows=body(['l1', 'l2', 'name', 'val'], '''
产出指标 | 数量指标 | 生活垃圾分类覆盖居民小区 | ≥612个
 | | 新建（改造）分类投放亭 | ≥240座
 | | 配置四分类收集容器 | ≥9600只
 | | 厨余垃圾日均处理量 | ≥185吨
 | | 入户宣传指导 | ≥3.2万户次
 | 质量指标 | 城区生活垃圾回收利用率 | ≥38%
 | | 生活垃圾无害化处理率 | 100%
 | | 分类收运车辆密闭化率 | 100%
 | 时效指标 | 运营补助按季度拨付 | 季度结束后20日内
 | 成本指标 | 厨余垃圾处理补助单价 | ≤236元/吨
 | | 分类投放亭单座建设成本 | ≤3.8万元
效益指标 | 社会效益指标 | 居民垃圾分类知晓率 | ≥95%
 | | 居民垃圾分类准确投放率 | ≥70%
 | 生态效益指标 | 原生垃圾填埋量 | 较上年减少8%
 | 可持续影响指标 | 垃圾分类长效管理机制 | 基本建立
满意度指标 | 服务对象满意度指标 | 小区居民满意度 | ≥85%
'''),
    post=['联系人：祁慕云　　联系电话：0591-6372048'],
))

# ZE02 ---------------------------------------------------------------- 高标准农田 (指标值 over 实施期/年度, booktabs)
T.append(dict(
    id='ZE02', makers=['chromium-booktabs', 'weasyprint'],
    dept='荻屿县农业农村局', project='荻屿县2025—2026年高标准农田建设项目',
    title='荻屿县2025—2026年高标准农田建设项目绩效目标表',
    lines=['项目单位：荻屿县农田建设服务中心　　项目总投资：11,460.00万元（2025年度6,120.00万元）'],
    cols=['l1', 'l2', 'name', 'pval', 'val'],
    labels=['一级指标', '二级指标', '三级指标', '实施期指标值', '年度指标值'],
    head=[[('一级指标', 1, 2), ('二级指标', 1, 2), ('三级指标', 1, 2), ('指标值', 2, 1)],
          [('实施期', 1, 1), ('年度', 1, 1)]],
    widths=[13, 15, 36, 18, 18],
    rows=body(['l1', 'l2', 'name', 'pval', 'val'], '''
产出指标 | 数量指标 | 新建高标准农田面积 | 4.6万亩 | 2.5万亩
 | | 其中：高效节水灌溉面积 | 1.2万亩 | 0.6万亩
 | | 新建（修复）灌排渠道 | ≥186公里 | ≥98公里
 | | 新建机耕路 | ≥142公里 | ≥75公里
 | | 土壤改良面积 | ≥2.1万亩 | ≥1.1万亩
 | 质量指标 | 工程验收合格率 | 100% | 100%
 | | 耕地质量等级提升 | ≥0.5个等级 | ≥0.3个等级
 | 时效指标 | 年度建设任务完成时间 | 2026年12月底前 | 2025年12月底前
 | 成本指标 | 亩均财政投入 | ≤2480元 | ≤2480元
效益指标 | 经济效益指标 | 项目区粮食亩均增产 | ≥60公斤 | ≥45公斤
 | | 项目区农民年增收 | ≥2300万元 | ≥1250万元
 | 社会效益指标 | 新增粮食产能 | ≥2760吨 | ≥1500吨
 | 生态效益指标 | 灌溉水有效利用系数 | 提高到0.62 | 提高到0.60
 | 可持续影响指标 | 工程设计使用年限 | ≥15年 | ≥15年
 | | 建后管护责任落实率 | 100% | 100%
满意度指标 | 服务对象满意度指标 | 项目区农户满意度 | ≥90% | ≥90%
'''),
))

# ZE03 ---------------------------------------------------------------- 部门整体 人社局 (long, 2-3 pages)
T.append(dict(
    id='ZE03', makers=['chromium-thead', 'chromium-nothead', 'gs-chromium'],
    dept='椴川县人力资源和社会保障局', project=None,
    title='椴川县人力资源和社会保障局2025年部门整体支出绩效目标表',
    above=[('填报单位：椴川县人力资源和社会保障局', '单位：万元')],
    cols=['seq', 'l1', 'l2', 'name', 'val', 'remark'],
    labels=['序号', '一级指标', '二级指标', '三级指标', '指标值', '备注'],
    widths=[6, 11, 13, 34, 18, 18],
    block=[
        [('部门名称', 2, 1, 'B'), ('椴川县人力资源和社会保障局', 4, 1, 'L')],
        [('年度预算', 2, 1, 'B'), ('资金总额：5,284.63　其中：基本支出1,362.08，项目支出3,922.55', 4, 1, 'L')],
        [('年度绩效目标', 2, 1, 'B'), ('围绕稳就业、保民生，落实就业优先政策，推进社会保险扩面提质，加强劳动关系协调和劳动保障监察，'
                                   '提升人社公共服务水平。', 4, 1, 'L')],
    ],
    rows=body(['l1', 'l2', 'name', 'val', 'remark'], '''
产出指标 | 数量指标 | 城镇新增就业人数 | ≥4200人 |
 | | 失业人员再就业人数 | ≥1350人 |
 | | 就业困难人员实现就业 | ≥480人 |
 | | 开展职业技能培训 | ≥6800人次 | 含以工代训
 | | 其中：农村劳动力转移就业培训 | ≥2600人次 |
 | | 发放创业担保贷款 | ≥1.15亿元 |
 | | 开发公益性岗位 | ≥420个 |
 | | 举办招聘会 | ≥36场 | 含线上直播带岗
 | | 企业职工基本养老保险参保人数 | ≥9.8万人 |
 | | 城乡居民基本养老保险参保人数 | ≥24.6万人 |
 | | 劳动保障监察日常巡查用人单位 | ≥860户次 |
 | 质量指标 | 城镇调查失业率 | ≤5.5% |
 | | 城乡居民基本养老保险应保尽保率 | ≥98% |
 | | 劳动人事争议仲裁结案率 | ≥92% |
 | | 职业技能培训合格率 | ≥90% |
 | | 社会保障卡持卡人口覆盖率 | ≥97% |
 | 时效指标 | 社会保险待遇按月足额发放 | 每月10日前 |
 | | 欠薪案件办结时限 | ≤30个工作日 | 立案之日起计算
 | | 就业补贴资金拨付 | 审核公示结束后15个工作日内 |
 | 成本指标 | 职业技能培训补贴标准 | 800—2800元/人 | 按工种等级
 | | 公益性岗位补贴 | ≤1860元/人·月 |
 | | “三公”经费 | 较上年只减不增 |
效益指标 | 经济效益指标 | 带动创业就业 | ≥1100人 |
 | 社会效益指标 | 零就业家庭动态清零 | 100% |
 | | 重大欠薪案件 | 0起 |
 | | 城乡居民基础养老金最低标准 | ≥183元/月 |
 | 可持续影响指标 | “15分钟就业服务圈”覆盖社区 | ≥80% |
 | | 人社服务事项“一网通办”比例 | ≥95% |
满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥90% |
 | | 用人单位满意度 | ≥88% |
'''),
    post=['单位负责人：殷少衡　　　财务负责人：綦晚晴　　　填报人：滕知远　　　联系电话：0837-4526091'],
))

# ZE04 ---------------------------------------------------------------- 退役军人培训 自评 (landscape, small)
ZE04 = dict(
    id='ZE04', makers=['chromium-self', 'libreoffice-xlsx'],
    dept='苕坪县退役军人事务局', project='2024年退役军人适应性培训及就业创业扶持资金',
    title='项目支出绩效自评表',
    above=[('（2024年度）', '')],
    cols=['l1', 'l2', 'name', 'val', 'actual', 'score', 'got', 'reason'],
    labels=['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    widths=[8, 10, 22, 13, 13, 5, 5, 24],
    block=[
        [('项目名称', 2, 1, 'B'), ('2024年退役军人适应性培训及就业创业扶持资金', 6, 1, 'L')],
        [('主管部门', 2, 1, 'B'), ('苕坪县退役军人事务局', 2, 1, 'L'), ('实施单位', 1, 1, 'B'), ('苕坪县退役军人服务中心', 3, 1, 'L')],
        [('项目资金（万元）', 2, 3, 'B'), ('', 1, 1), ('年初预算数', 1, 1), ('全年执行数', 1, 1), ('分值', 1, 1), ('执行率', 1, 1), ('得分', 1, 1)],
        [('年度资金总额', 1, 1), ('268.00', 1, 1), ('259.61', 1, 1), ('10', 1, 1), ('96.9%', 1, 1), ('9.7', 1, 1)],
        [('其中：财政拨款', 1, 1), ('268.00', 1, 1), ('259.61', 1, 1), ('—', 1, 1), ('—', 1, 1), ('—', 1, 1)],
    ],
    rows=body(['l1', 'l2', 'name', 'val', 'actual', 'score', 'got', 'reason'], '''
产出指标 | 数量指标 | 退役军人适应性培训 | ≥320人 | 336人 | 8 | 8 |
 | | 职业技能培训 | ≥180人次 | 164人次 | 8 | 7.3 | 部分退役军人已自主就业，参训意愿下降；下一年度将按岗位需求开设订单式培训班。
 | | 举办退役军人专场招聘会 | ≥6场 | 7场 | 6 | 6 |
 | | 发放一次性创业补助 | ≥40户 | 43户 | 6 | 6 |
 | 质量指标 | 培训合格率 | ≥95% | 97.6% | 8 | 8 |
 | | 补助发放准确率 | 100% | 100% | 6 | 6 |
 | 时效指标 | 创业补助发放时限 | 审核通过后20个工作日内 | 按时发放 | 6 | 6 |
 | 成本指标 | 一次性创业补助标准 | 1万元/户 | 1万元/户 | 6 | 6 |
效益指标 | 社会效益指标 | 培训后就业率 | ≥80% | 76.5% | 10 | 9.1 | 受县内企业用工需求减少影响；将拓展县外就业渠道，与3家省内企业签订定向招聘协议。
 | | 退役军人创业带动就业 | ≥120人 | 131人 | 10 | 10 |
 | 可持续影响指标 | 退役军人就业创业服务机制 | 持续完善 | 已建立“一人一档”跟踪服务 | 6 | 6 |
满意度指标 | 服务对象满意度指标 | 参训退役军人满意度 | ≥90% | 94.3% | 10 | 10 |
'''),
    post=['单位负责人：蒯振东　　　填报人：訾语晨　　　联系电话：0728-3194527　　　填报日期：2025年3月21日'],
)
_s, _g = score_total(ZE04)
ZE04['tail'] = [[('总分', 5, 1, 'B'), (num(_s + 10), 1, 1), (num(_g + 9.7), 1, 1), ('自评等级：优', 1, 1, 'L')]]
T.append(ZE04)

# ZE05 ---------------------------------------------------------------- 公租房 (Element-UI: header table + body table)
T.append(dict(
    id='ZE05', makers=['chromium-elementui', 'wkhtmltopdf'],
    dept='榧岭县住房和城乡建设局', project='2025年城镇保障性安居工程（公共租赁住房保障）补助资金',
    title='项目绩效目标',
    cols=['seq', 'l1', 'l2', 'name', 'val'],
    labels=['序号', '一级指标', '二级指标', '三级指标', '指标值'],
    widths=[6, 13, 15, 40, 26],
    cats='every',
    rows=body(['l1', 'l2', 'name', 'val'], '''
产出指标 | 数量指标 | 发放城镇住房保障家庭租赁补贴 | ≥1450户
 | | 公共租赁住房实物保障 | ≥2380套
 | | 公租房维修改造 | ≥26栋
 | 质量指标 | 租赁补贴发放准确率 | 100%
 | | 公租房分配入住率 | ≥95%
 | | 维修改造工程验收合格率 | 100%
 | 时效指标 | 租赁补贴按季度发放 | 每季度末前
 | | 维修改造工程完工 | 2025年10月底前
 | 成本指标 | 租赁补贴标准 | 9元/平方米·月
效益指标 | 社会效益指标 | 城镇低保、低收入住房困难家庭应保尽保 | 100%
 | | 新市民、青年人住房困难 | 有效缓解
 | 可持续影响指标 | 公租房运营管理水平 | 持续提升
满意度指标 | 服务对象满意度指标 | 保障对象满意度 | ≥90%
'''),
))

# ZE06 ---------------------------------------------------------------- 气象防灾 (Ant Design div grid)
T.append(dict(
    id='ZE06', makers=['chromium-antd', 'weasyprint'],
    dept='葭洲市气象局', project='2025年气象防灾减灾能力提升项目',
    title='2025年气象防灾减灾能力提升项目绩效目标',
    cols=['l1', 'l2', 'name', 'val'],
    labels=['一级指标', '二级指标', '三级指标', '年度指标值'],
    widths=[14, 16, 42, 28],
    rows=body(['l1', 'l2', 'name', 'val'], '''
产出指标 | 数量指标 | 新建（升级）区域自动气象站 | ≥28个
 | | 发布气象灾害预警信息 | ≥360期
 | | 气象信息员培训 | ≥520人次
 | 质量指标 | 暴雨预警准确率 | ≥85%
 | | 自动气象站数据传输到报率 | ≥99%
 | | 强对流天气预警提前量 | ≥45分钟
 | 时效指标 | 区域站建设完成时间 | 2025年5月31日前
 | 成本指标 | 单站建设成本 | ≤12.6万元
效益指标 | 社会效益指标 | 预警信息公众覆盖率 | ≥97%
 | | 气象灾害造成人员死亡 | 力争零死亡
 | 可持续影响指标 | 基层气象防灾减灾体系 | 进一步健全
满意度指标 | 服务对象满意度指标 | 公众气象服务满意度 | ≥92分
'''),
))

# ZE07 ---------------------------------------------------------------- 河湖长制 (layui line skin / flex rows)
T.append(dict(
    id='ZE07', makers=['chromium-layui', 'chromium-flex'],
    dept='檩江县河湖长制工作委员会办公室', project='2025年河湖长制工作专项经费',
    title='2025年河湖长制工作专项经费绩效目标',
    lines=['资金来源：县级财政　　金额：372.50万元'],
    cols=['l1', 'l2', 'name', 'val'],
    labels=['一级指标', '二级指标', '三级指标', '指标值'],
    widths=[14, 16, 42, 28],
    cats_by_maker={'chromium-layui': 'merge', 'chromium-flex': 'first'},
    rows=body(['l1', 'l2', 'name', 'val'], '''
产出指标 | 数量指标 | 县级河长巡河 | ≥4次/人·年
 | | 河道保洁长度 | 428公里
 | | “清四乱”问题整治 | ≥65处
 | | 聘用河湖巡查保洁员 | 186名
 | | 更新河湖长公示牌 | ≥210块
 | 质量指标 | 县控断面水质达标率 | ≥90%
 | | “清四乱”问题销号率 | 100%
 | 时效指标 | 群众投诉问题办结时限 | 7个工作日内
 | 成本指标 | 河道保洁补助标准 | 4500元/公里·年
效益指标 | 生态效益指标 | 主要河流水质 | 稳定达到Ⅲ类及以上
 | | 河湖岸线 | 无新增违法占用
 | 社会效益指标 | 河湖管护公众参与度 | 明显提高
 | 可持续影响指标 | 河湖长制长效管护机制 | 常态化运行
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90%
'''),
))

# ZE08 ---------------------------------------------------------------- 残疾儿童康复 (UEditor, rowspan/colspan)
T.append(dict(
    id='ZE08', makers=['chromium-ueditor', 'libreoffice-html'],
    dept='莳阳县残疾人联合会', project='2025年残疾儿童康复救助项目',
    title='2025年残疾儿童康复救助项目绩效目标表',
    cols=['l1', 'l2', 'name', 'val'],
    labels=['一级指标', '二级指标', '三级指标', '指标值'],
    widths=[14, 16, 42, 28],
    block=[
        [('项目名称', 1, 1, 'B'), ('2025年残疾儿童康复救助项目', 3, 1)],
        [('主管部门', 1, 1, 'B'), ('莳阳县残疾人联合会', 1, 1), ('资金总额（万元）', 1, 1, 'B'), ('436.80', 1, 1)],
        [('年度目标', 1, 1, 'B'), ('为0—6岁视力、听力、言语、肢体、智力残疾儿童和孤独症儿童提供手术、辅助器具配置和康复训练等'
                                 '基本康复服务，促进残疾儿童功能改善。', 3, 1, 'L')],
        [('绩效指标', 4, 1, 'B')],
    ],
    rows=body(['l1', 'l2', 'name', 'val'], '''
产出指标 | 数量指标 | 残疾儿童康复救助人数 | ≥380人
 | | 其中：孤独症儿童 | ≥95人
 | | 人工耳蜗植入手术救助 | ≥6例
 | | 辅助器具适配 | ≥160件
 | 质量指标 | 定点康复机构评估达标率 | 100%
 | | 残疾儿童康复服务覆盖率 | ≥90%
 | 时效指标 | 救助申请审核办结 | 15个工作日内
 | 成本指标 | 康复训练补助标准 | ≤2000元/人·月
 | | 人工耳蜗产品补助 | ≤6万元/例
效益指标 | 社会效益指标 | 康复训练儿童功能改善率 | ≥80%
 | | 残疾儿童家庭康复负担 | 明显减轻
 | 可持续影响指标 | 残疾儿童康复救助制度 | 持续实施
满意度指标 | 服务对象满意度指标 | 受助儿童家长满意度 | ≥95%
'''),
))

# ZE09 ---------------------------------------------------------------- 农村供水维修养护 (Word pasted into a TRS page)
T.append(dict(
    id='ZE09', makers=['chromium-word', 'libreoffice-html', 'wkhtmltopdf'],
    dept='樗原县水务局', project='2025年农村供水工程维修养护补助资金',
    title='樗原县2025年农村供水工程维修养护补助资金绩效目标表',
    cols=['l1', 'l2', 'name', 'val'],
    labels=['一级指标', '二级指标', '三级指标', '指标值'],
    widths=[14, 16, 42, 28],
    rows=body(['l1', 'l2', 'name', 'val'], '''
产出指标 | 数量指标 | 维修养护农村供水工程 | ≥54处
 | | 更换老化供水管网 | ≥38.5公里
 | | 水质检测水样 | ≥620份
 | 质量指标 | 维修养护工程验收合格率 | 100%
 | | 农村集中供水工程水质达标率 | ≥92%
 | 时效指标 | 供水故障修复时间 | ≤48小时
 | 成本指标 | 维修养护资金 | ≤512万元
效益指标 | 社会效益指标 | 农村自来水普及率 | ≥96%
 | 可持续影响指标 | 农村供水工程运行管护机制 | 持续有效
满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90%
'''),
    post=['樗原县水务局', '2025年1月20日'],
))

# ZE10 ---------------------------------------------------------------- 校舍安全改造 (wide, 计算符号, 实施期/年度, 计量单位, 指标解释, 备注)
T.append(dict(
    id='ZE10', makers=['chromium-wide', 'chromium-zoom'],
    dept='芡塘县教育局', project='芡塘县2025—2027年中小学校舍安全改造工程',
    title='芡塘县2025—2027年中小学校舍安全改造工程绩效目标申报表',
    lines=['项目编码：43261025T000002918376　　项目类型：项目支出-其他运转类　　主管部门：芡塘县教育局　　实施单位：芡塘县学校建设服务中心'],
    cols=['seq', 'l1', 'l2', 'name', 'op', 'pval', 'val', 'unit', 'explain', 'remark'],
    labels=['序号', '一级指标', '二级指标', '三级指标', '计算符号', '实施期指标值', '年度指标值', '计量单位', '指标解释', '备注'],
    head=[[('序号', 1, 2), ('一级指标', 1, 2), ('二级指标', 1, 2), ('三级指标', 1, 2), ('计算符号', 1, 2),
           ('指标值', 2, 1), ('计量单位', 1, 2), ('指标解释', 1, 2), ('备注', 1, 2)],
          [('实施期', 1, 1), ('年度', 1, 1)]],
    widths=[4, 8, 9, 20, 6, 9, 9, 7, 18, 10],
    rows=body(['l1', 'l2', 'name', 'op', 'pval', 'val', 'unit', 'explain', 'remark'], '''
产出指标 | 数量指标 | 改造C级危房校舍面积 | ≥ | 4.8 | 1.9 | 万平方米 | 按鉴定报告确定的C级校舍面积统计 | 分三年实施
 | | 改造学校数量 | ＝ | 23 | 9 | 所 | 纳入改造计划的中小学校 |
 | | 校舍抗震加固 | ≥ | 36 | 14 | 栋 | 完成抗震加固并通过验收的栋数 |
 | 质量指标 | 工程竣工验收合格率 | ＝ | 100 | 100 | % | 验收合格工程数/完工工程数 |
 | | 改造后校舍安全等级 | 定性 | 达到A级或B级 | 达到A级或B级 |  | 依据房屋安全鉴定 |
 | 时效指标 | 年度改造任务完成时间 | ≤ | 2027年8月 | 2025年8月 |  | 暑期施工，不影响正常教学 |
 | 成本指标 | 校舍改造单位面积造价 | ≤ | 2650 | 2650 | 元/平方米 | 含设计、监理费用 | 参照县定额
 | | 项目总投资 | ≤ | 12720 | 5035 | 万元 |  |
效益指标 | 社会效益指标 | 消除在用C、D级危房 | ＝ | 100 | 40 | % | 已消除危房面积/应消除危房面积 |
 | | 受益学生人数 | ≥ | 1.56 | 0.62 | 万人 | 改造学校在校学生数 |
 | 可持续影响指标 | 校舍设计使用年限 | ≥ | 50 | 50 | 年 |  |
满意度指标 | 服务对象满意度指标 | 师生及家长满意度 | ≥ | 90 | 90 | % | 抽样问卷调查 |
'''),
))

# ZE11 ---------------------------------------------------------------- 全民健身 (small fonts, light borders)
T.append(dict(
    id='ZE11', makers=['chromium-small', 'chromium-light'],
    dept='葑浦市体育局', project='2025年全民健身设施建设及公共体育场馆免费低收费开放',
    title='2025年全民健身设施建设及公共体育场馆免费低收费开放项目绩效目标表',
    cols=['seq', 'l1', 'l2', 'name', 'val', 'remark'],
    labels=['序号', '一级指标', '二级指标', '三级指标', '指标值', '备注'],
    widths=[5, 11, 13, 35, 18, 18],
    rows=body(['l1', 'l2', 'name', 'val', 'remark'], '''
产出指标 | 数量指标 | 新建社区多功能运动场 | ≥12个 | 每个不少于800平方米
 | | 新建（更新）全民健身路径 | ≥85套 |
 | | 新建城市健身步道 | ≥18公里 |
 | | 公共体育场馆免费低收费开放时间 | ≥330天 |
 | | 举办全民健身赛事活动 | ≥150场次 | 含“村BA”“社超”
 | | 培训社会体育指导员 | ≥600人 |
 | 质量指标 | 健身设施验收合格率 | 100% |
 | | 国民体质监测合格率 | ≥92.5% |
 | 时效指标 | 健身设施建设完成时间 | 2025年11月30日前 |
 | 成本指标 | 全民健身路径单套采购价 | ≤3.2万元 |
效益指标 | 社会效益指标 | 人均体育场地面积 | ≥2.9平方米 |
 | | 经常参加体育锻炼人数比例 | ≥40% |
 | 可持续影响指标 | 健身设施管护责任落实率 | 100% |
满意度指标 | 服务对象满意度指标 | 健身群众满意度 | ≥90% |
'''),
))

# ZE12 ---------------------------------------------------------------- 地质灾害防治 (system export, 计算符号/指标值/计量单位)
T.append(dict(
    id='ZE12', makers=['chromium-dashed', 'libreoffice-xlsx'],
    dept='杻山县自然资源局', project='2025年地质灾害综合防治项目',
    title='2025年地质灾害综合防治项目绩效目标',
    lines=['单位名称：杻山县自然资源局　　项目金额：628.00万元　　项目期限：2025年'],
    cols=['seq', 'l1', 'l2', 'name', 'op', 'val', 'unit', 'remark'],
    labels=['序号', '一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位', '备注'],
    widths=[6, 11, 13, 32, 8, 12, 9, 14],
    cats='every',
    rows=body(['l1', 'l2', 'name', 'op', 'val', 'unit', 'remark'], '''
产出指标 | 数量指标 | 地质灾害隐患点工程治理 | ＝ | 7 | 处 |
 | | 地质灾害隐患点排危除险 | ≥ | 15 | 处 |
 | | 汛期地质灾害巡查排查 | ≥ | 4 | 轮次 | 汛前、汛中、汛后
 | | 地质灾害群测群防监测员 | ＝ | 312 | 名 |
 | | 开展地质灾害应急演练 | ≥ | 20 | 场次 |
 | 质量指标 | 治理工程验收合格率 | ＝ | 100 | % |
 | | 专业监测设备在线率 | ≥ | 95 | % |
 | 时效指标 | 治理工程完工时间 | 定性 | 2025年汛期前 |  |
 | 成本指标 | 群测群防监测员补助 | ＝ | 2400 | 元/人·年 |
 | | 工程治理单点平均投资 | ≤ | 58 | 万元 |
效益指标 | 社会效益指标 | 受威胁群众安全转移 | 定性 | 及时有效 |  |
 | | 因地质灾害造成人员伤亡 | ＝ | 0 | 人 |
 | 可持续影响指标 | 治理工程发挥效益年限 | ≥ | 20 | 年 |
满意度指标 | 服务对象满意度指标 | 受威胁群众满意度 | ≥ | 90 | % |
'''),
    post=['导出时间：2025-02-27 09:15:42'],
))

# ZE13 ---------------------------------------------------------------- 惠民殡葬 (序号, 备注; separate borders / outer border)
T.append(dict(
    id='ZE13', makers=['chromium-separate', 'chromium-outer'],
    dept='蓂溪县民政局', project='2025年惠民殡葬补助资金',
    title='2025年惠民殡葬补助资金项目绩效目标表',
    above=[('主管部门：蓂溪县民政局', '资金总额：318.40万元')],
    cols=['seq', 'l1', 'l2', 'name', 'val', 'remark'],
    labels=['序号', '一级指标', '二级指标', '三级指标', '指标值', '备注'],
    widths=[6, 11, 13, 34, 17, 19],
    rows=body(['l1', 'l2', 'name', 'val', 'remark'], '''
产出指标 | 数量指标 | 减免基本殡葬服务费用人数 | ≥2650人 | 户籍居民全覆盖
 | | 农村公益性公墓改造提升 | ≥11个 |
 | | 生态安葬奖补 | ≥140例 | 含树葬、花葬、海葬
 | 质量指标 | 基本殡葬服务费用减免落实率 | 100% |
 | | 火化率 | ≥99% |
 | 时效指标 | 减免费用结算时限 | 每季度结算一次 |
 | 成本指标 | 基本殡葬服务减免标准 | ≤1200元/人 | 遗体接运、暂存、火化、骨灰寄存
 | | 生态安葬奖补标准 | 2000元/例 |
效益指标 | 社会效益指标 | 群众治丧负担 | 有效减轻 |
 | 生态效益指标 | 节约墓地用地 | ≥6亩 |
 | 可持续影响指标 | 殡葬改革长效机制 | 逐步完善 |
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |
'''),
    post=['填报人：韶景和　　联系电话：0739-7281546'],
))

# ZE14 ---------------------------------------------------------------- 动物疫病强制免疫 (2021 layout: 成本指标 at level 1)
T.append(dict(
    id='ZE14', makers=['chromium-trs', 'libreoffice-docx'],
    dept='荛湾市农业农村局', project='2025年动物疫病强制免疫补助资金',
    title='荛湾市2025年动物疫病强制免疫补助资金绩效目标表',
    above=[('主管部门：荛湾市农业农村局', '单位：万元')],
    lines=['项目资金：764.00（中央补助512.00，市级252.00）'],
    cols=['l1', 'l2', 'name', 'val'],
    labels=['一级指标', '二级指标', '三级指标', '指标值'],
    widths=[14, 17, 41, 28],
    rows=body(['l1', 'l2', 'name', 'val'], '''
产出指标 | 数量指标 | 高致病性禽流感免疫数量 | ≥2860万羽
 | | 口蹄疫免疫数量 | ≥118万头
 | | 小反刍兽疫免疫数量 | ≥16.5万只
 | | 强制免疫“先打后补”养殖场户 | ≥230家
 | 质量指标 | 应免畜禽免疫密度 | ≥90%
 | | 免疫抗体合格率 | ≥70%
 | 时效指标 | 春秋两季集中免疫完成时间 | 5月底、11月底前
成本指标 | 经济成本指标 | 疫苗采购成本 | ≤596万元
 | 社会成本指标 | 养殖场户自主免疫工作负担 | 不增加
 | 生态环境成本指标 | 免疫废弃物无害化处理率 | 100%
效益指标 | 经济效益指标 | 减少动物疫病经济损失 | ≥2100万元
 | 社会效益指标 | 区域性重大动物疫情 | 不发生
 | 生态效益指标 | 病死畜禽无害化处理 | 应处尽处
 | 可持续影响指标 | 动物防疫体系 | 持续健全
满意度指标 | 服务对象满意度指标 | 养殖场户满意度 | ≥90%
'''),
))


def by_id():
    return {t['id']: t for t in T}


if __name__ == '__main__':
    n = 0
    for t in T:
        e = expected(t)
        n += len(e) * len(t['makers'])
        extra = score_total(t) if 'got' in t['cols'] else ''
        print(t['id'], len(e), t['makers'], extra)
    print('pdfs', sum(len(t['makers']) for t in T), 'rows', n)
