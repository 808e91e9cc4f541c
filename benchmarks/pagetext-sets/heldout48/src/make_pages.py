"""Held-out set 48: 12 invented county/district pages, hand-typed indicator tables in DATA.

DATA syntax: one dict a page.
  cols  : the role of each data column of a row line, space separated:
          seq (序号), l1 (一级), l2 (二级), cat (一级-二级 in one cell), name (三级/指标名称), val (年度指标值 /
          指标值 / 年度目标值), per (实施期指标值), dir (指标方向), std (评分标准), act/score/got/rsn (自评表:
          实际完成值/分值/得分/偏差原因), rem (备注).
  head  : the printed header labels, one per printed column (`<br>` = forced line break in the label).
  rows  : one row a line, cells split by `|`, in `cols` order. An empty l1/l2/cat cell continues the category
          above (rowspan in html, merged cell in xlsx/docx/typst).
  shape : plain (category columns), group2 (no category columns: a row `（一）产出指标` opens each level-1 and a
          row `1.数量指标` each level-2, page 10), split (two tables on the page, the second starting at row
          `split_at`, page 03).
  `<br>` in a cell is a forced line break; it is removed in the gold (names, values, categories).
Everything (html, xlsx, docx, typst, gold, PDF expected rows) comes from DATA; nothing from tool output.
Run: python make_pages.py OUTDIR   (writes NN_slug.html, the xlsx/docx/typ sources)
"""
import html as H
import os
import re
import sys

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}

DATA = [
dict(id="01", slug="yunqian", place="垌川县", dept="垌川县卫生健康局", impl="垌川县妇幼保健计划生育服务中心",
     project="垌川县2026年免费孕前优生健康检查项目", amount="186.40", term="2026年1月1日—2026年12月31日",
     goal="为全县计划怀孕夫妇提供免费孕前优生健康检查，目标人群覆盖率达到80%以上，高风险人群全部随访指导，降低出生缺陷发生风险。",
     date="2026-02-12 09:41", sign_date="2026年2月10日",
     cols="seq l1 l2 name val", head=["序号", "一级指标", "二级指标", "三级指标", "指标值"], shape="plain",
     tags=["seq_column_dotted", "thead_th", "ruled"],
     rows="""
1.1|产出指标|数量指标|免费孕前优生健康检查目标人群数|不少于3600人
1.2|||其中：农村计划怀孕夫妇检查人数|≥2900人
1.3||质量指标|目标人群覆盖率|≥80%
1.4|||高风险人群随访率|100%
1.5|||检查结果告知率|达100%
1.6||时效指标|检查结果反馈时间|检查后15个工作日内
1.7||成本指标|人均检查经费标准|≤480元/对
2.1|效益指标|社会效益指标|出生缺陷发生率|控制在12‰以内
2.2|||高风险人群早期干预|有效开展
2.3||可持续影响指标|出生缺陷三级预防体系|持续完善
3.1|满意度指标|服务对象满意度指标|受检夫妇满意度|≥90%
3.2|||基层医疗机构满意度|≥85%
"""),
dict(id="02", slug="linchang", place="埇阳县", dept="埇阳县林业局", impl="埇阳县国有青岗林场",
     project="埇阳县国有林场森林资源管护项目", amount="312.00", term="2026年—2028年",
     goal="落实国有林场8.6万亩森林资源管护责任，配齐专职护林员，开展森林抚育和防火隔离带维护，森林火灾受害率控制在0.9‰以内。",
     date="2026-01-28 16:05", sign_date="2026年1月26日",
     cols="l1 l2 name dir val per", head=["一级指标", "二级指标", "三级指标", "指标方向", "年度指标值", "实施期指标值"],
     shape="plain", tags=["direction_column", "annual_before_period", "ruled"],
     rows="""
产出指标|数量指标|森林管护面积|正向|8.6万亩|8.6万亩
||专职护林员人数|正向|≥126人|≥126人
||森林抚育面积|正向|≥4500亩|≥13500亩
||防火隔离带维护长度|正向|62公里|186公里
|质量指标|森林火灾受害率|反向|≤0.9‰|≤0.9‰
||林业有害生物成灾率|反向|<3‰|<3‰
|时效指标|森林火情发现报告时间|反向|发现后30分钟内|发现后30分钟内
|成本指标|护林员管护补助标准|反向|≤2.4万元/人·年|≤2.4万元/人·年
效益指标|生态效益指标|林场森林覆盖率|正向|≥92.5%|≥93%
||活立木蓄积量|正向|较上年增长1.2%|累计增长3.5%
|社会效益指标|带动周边农户就业|正向|约140人|约420人次
满意度指标|服务对象满意度指标|周边群众满意度|正向|≥90%|≥92%
"""),
dict(id="03", slug="zhongyaocai", place="堎山县", dept="堎山县农业农村局", impl="堎山县经济作物站",
     project="堎山县2026年中药材规范化种植基地建设项目", amount="420.00", term="2026年",
     goal="新建黄精、白及等道地中药材规范化种植基地5个，带动种植户增收，推进中药材产业提质增效。",
     date="2026-03-03 11:18", sign_date="2026年3月1日",
     cols="l1 l2 name val", head=["一级指标", "二级指标", "三级指标", "指标值"], shape="split", split_at=8,
     captions=["表1  产出指标", "表2  效益指标及满意度指标"],
     tags=["two_tables", "thead_th", "ruled"],
     rows="""
产出指标|数量指标|新建中药材规范化种植基地|5个
||黄精、白及等道地品种种植面积|≥6800亩
||种苗繁育圃建设|2处
|质量指标|种苗纯度|≥96%
||药材农残及重金属抽检合格率|100%
|时效指标|基地建设完成时间|2026年10月31日前
|成本指标|基地建设补助标准|≤600元/亩
效益指标|经济效益指标|带动种植户亩均增收|≥1500元
||中药材综合产值|约2.3亿元
|社会效益指标|带动脱贫人口就业|不少于260人
|生态效益指标|林下中药材种植面积占比|≥40%
满意度指标|服务对象满意度指标|种植户满意度|≥90%
"""),
dict(id="04", slug="bowuguan", place="垵口县", dept="垵口县文化广电体育和旅游局", impl="垵口县博物馆",
     project="垵口县2025年博物馆纪念馆免费开放项目", amount="85.00", term="2025年",
     goal="保障县博物馆、革命纪念馆全年免费开放，举办临时展览和社会教育活动，提升公共文化服务水平。",
     date="2026-03-20 15:27", sign_date="2026年3月18日", selfeval=True, total=("100", "98"),
     funds=("85.00", "85.00", "84.20"),
     cols="cat name val act score got rsn",
     head=["指标类别", "指标名称", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
     shape="plain", tags=["self_eval", "combined_category_cell", "total_row", "ruled"],
     rows="""
产出指标-数量指标|年度接待观众人次|≥18万人次|21.6万人次|10|10|
|举办临时展览|不少于6个|7个|10|10|
|开展社会教育活动|≥80场|76场|10|9|受场馆维修影响，部分活动延期
产出指标-质量指标|馆藏文物完好率|100%|100%|10|10|
|讲解服务覆盖率|≥85%|88%|5|5|
产出指标-时效指标|免费开放日开放率|100%|100%|5|5|
产出指标-成本指标|免费开放补助资金|≤85万元|84.2万元|10|10|
效益指标-社会效益指标|未成年人参观人次占比|≥30%|33.5%|10|10|
|博物馆社会影响力|稳步提升|达成|10|9|新媒体传播不足，下年度加强
效益指标-可持续影响指标|免费开放长效机制|健全|健全|10|10|
满意度指标-服务对象满意度指标|观众满意度|≥92%|95.1%|10|10|
"""),
dict(id="05", slug="shiyongjun", place="埒岭县", dept="埒岭县农业农村局", impl="埒岭县食用菌产业发展中心",
     project="埒岭县2026年食用菌产业发展项目", amount="260.00", term="2026年",
     goal="新建标准化出菇大棚120座，生产香菇、木耳菌棒约800万棒，带动菇农增收，推进菌渣综合利用。",
     date="2026-02-06 10:02", sign_date="2026年2月5日",
     cols="l1 l2 name val", head=["一级指标", "二级指标", "三级指标", "指标值"], shape="plain",
     tags=["numbered_names", "fullwidth_ops_spaces", "unruled"],
     rows="""
产出指标|数量指标|指标1：新建标准化出菇大棚|≥ 120 座
||指标2：香菇、木耳菌棒生产量|约 800 万棒
||指标3：技术培训人次|不少于 500 人次
|质量指标|指标4：菌棒成品率|≥ 95 %
||指标5：菌棒污染率|控制在 5% 以内
|时效指标|指标6：大棚建设完成时限|2026年9月底以前
|成本指标|指标7：出菇大棚建设补助|不超过 1.2万元/座
效益指标|经济效益指标|指标8：带动菇农户均增收|＞ 3000 元
||指标9：食用菌产业综合产值|2.6亿元左右
|生态效益指标|指标10：菌渣综合利用率|百分之九十
|社会效益指标|指标11：带动农户就业|450户以上
满意度指标|服务对象满意度指标|指标12：菇农满意度|≥ 90 ％
"""),
dict(id="06", slug="tangliaozhe", place="墎城区", dept="墎城区农业农村局", impl="墎城区甘蔗生产技术推广站",
     project="墎城区2026年糖料蔗良种良法技术推广项目", amount="350.00", term="2026年",
     goal="推广糖料蔗良种3.2万亩，推进机械化收获，提高蔗糖分和单产，稳定蔗农收入。",
     date="2026-02-25 08:50", sign_date="2026年2月24日",
     cols="l1 l2 name val", head=["一级指标", "二级指标", "三级指标", "指标值"], shape="plain",
     caption_row="墎城区2026年糖料蔗良种良法技术推广项目绩效目标表",
     tags=["caption_row_in_table", "br_in_category", "tbody_td_header", "ruled"],
     rows="""
产出<br>指标|数量<br>指标|糖料蔗良种推广面积|≥3.2万亩
||机械化收获面积|≥1.5万亩
||良种种苗繁育基地|3个
|质量<br>指标|良种种苗合格率|≥95%
||全区糖料蔗良种覆盖率|提高5个百分点
|时效<br>指标|种苗补助发放时间|2026年6月30日前
|成本<br>指标|良种种苗补助标准|≤350元/亩
效益<br>指标|经济<br>效益指标|蔗糖分提高|提高0.5个百分点
||亩均增产|≥0.8吨
|社会<br>效益指标|带动蔗农户数|约2600户
|可持续<br>影响指标|糖料蔗良种良法推广机制|长期有效
满意度<br>指标|服务对象<br>满意度指标|蔗农满意度|≥90%
"""),
dict(id="07", slug="laonian", place="埗溪县", dept="中共埗溪县委老干部局", impl="埗溪县老年大学",
     project="埗溪县2026年老年大学办学经费项目", amount="198.60", term="2026年",
     goal="开设教学班48个以上，在册学员2200人以上，向村（社区）延伸办学，丰富老年人精神文化生活。",
     date="2026-01-19 14:33", sign_date="2026年1月16日",
     cols="l1 l2 name val", head=["一级指标", "二级指标", "三级指标", "指标值"], shape="plain",
     tags=["long_table", "thead_th", "ruled"],
     rows="""
产出指标|数量指标|开设教学班级数|≥48个
||开设专业课程门类|不少于16门
||在册学员人数|≥2200人
||年度授课总课时|≥3600课时
||举办文艺汇演及教学成果展|3场
||开展送教下乡活动|≥20次
||新建村（社区）老年学校教学点|6个
|质量指标|学员出勤率|≥85%
||课程计划完成率|100%
||教师持证（聘书）上岗率|100%
||教学安全责任事故|0起
|时效指标|春季学期开学时间|2026年3月上旬
||秋季学期招生完成时间|2026年9月15日前
|成本指标|教师课时补贴标准|≤150元/课时
||教学场地运行维护费|≤28万元
效益指标|社会效益指标|老年人精神文化生活|明显丰富
||学员参与志愿服务人次|≥1500人次
||老年教育覆盖面|较上年扩大10%
|可持续影响指标|老年教育办学体系|持续健全
||线上课堂（“空中课堂”）点播量|≥5万次
满意度指标|服务对象满意度指标|学员满意度|≥95%
||学员家属满意度|≥90%
"""),
dict(id="08", slug="minsu", place="垭南县", dept="垭南县文化广电体育和旅游局", impl="垭南县文化广电体育和旅游局",
     project="垭南县2026年乡村民宿提升奖补项目", amount="80.00", term="2026年",
     goal="对达到星级标准的乡村民宿给予奖补，引导民宿规范经营、提档升级。",
     date="2026-03-09 17:12", sign_date="2026年3月6日",
     cols="l1 l2 name val", head=["一级指标", "二级指标", "三级指标", "指标值"], shape="plain",
     tags=["tiny_table", "thead_th", "unruled"],
     rows="""
产出指标|数量指标|奖补星级民宿数量|≥25家
|质量指标|民宿消防安全检查合格率|100%
|成本指标|单家民宿奖补标准|≤3.2万元
效益指标|经济效益指标|民宿年接待游客|约6.5万人次
满意度指标|服务对象满意度指标|游客满意度|≥90%
"""),
dict(id="09", slug="zhucun", place="埝头县", dept="中共埝头县委组织部", impl="中共埝头县委组织部",
     project="埝头县2026年驻村第一书记工作经费", amount="146.00", term="2026年",
     goal="保障73名驻村第一书记和驻村工作队正常开展工作，落实驻村考勤和考核，推动为民办实事。",
     date="2026-02-17 09:05", sign_date="2026年2月15日",
     cols="l1 l2 name val std", head=["一级指标", "二级指标", "三级指标", "指标值", "评分标准"], shape="plain",
     tags=["scoring_standard_column", "thead_th", "ruled"],
     rows="""
产出指标|数量指标|选派驻村第一书记人数|73人|全部到位得满分，每缺1人扣1分
||驻村工作队员人数|≥146人|达到目标值得满分，未达到按比例扣分
||第一书记每月驻村工作天数|不少于20天|抽查达标得满分，每发现1人次不达标扣0.5分
|质量指标|驻村考勤抽查合格率|≥95%|达到目标值得满分，每低1个百分点扣0.5分
||年度考核“好”等次比例|≥30%|达到目标值得满分，未达到不得分
|时效指标|工作经费拨付时间|2026年3月底前|按时拨付得满分，每延迟1个月扣1分
|成本指标|第一书记工作经费标准|1万元/人·年|不超标准得满分，超出不得分
效益指标|社会效益指标|为民办实事项目|≥200件|达到目标值得满分，未达到按比例扣分
||村集体经济收入10万元以上村占比|≥60%|每低1个百分点扣0.5分
|可持续影响指标|驻村帮扶长效机制|建立健全|建立得满分，未建立不得分
满意度指标|服务对象满意度指标|派驻村群众满意度|≥90%|≥90%得满分，80%—90%得一半分值，＜80%不得分
"""),
dict(id="10", slug="zuqiu", place="堃阳县", dept="堃阳县教育体育局", impl="堃阳县青少年校园足球工作办公室",
     project="堃阳县2026年青少年校园足球推广项目", amount="95.00", term="2026年",
     goal="建设校园足球特色学校18所以上，举办县级校园足球联赛，培训足球教师，提高学生体质健康水平。",
     date="2026-02-03 10:40", sign_date="2026年2月2日",
     cols="l1 l2 name val rem", head=["三级指标", "指标值", "备注"], shape="group2",
     tags=["nested_group_rows", "thead_th", "unruled"],
     rows="""
产出指标|数量指标|校园足球特色学校|≥18所|含新增4所
||县级校园足球联赛场次|≥120场|
||足球教师专项培训|不少于80人次|
|质量指标|特色学校足球课开课率|100%|每周至少1节
||联赛安全事故发生数|0起|
|时效指标|县级联赛完赛时间|2026年11月底前|
|成本指标|校园足球场地维护补助|≤2.5万元/所|
效益指标|社会效益指标|参加校园足球活动学生人数|≥1.2万人|
||学生体质健康达标率|提高2个百分点|
|可持续影响指标|校园足球四级联赛体系|基本形成|
满意度指标|服务对象满意度指标|学生满意度|≥90%|
||家长满意度|≥88%|
"""),
dict(id="11", slug="gongyigangwei", place="塬川县", dept="塬川县人力资源和社会保障局", impl="塬川县就业服务中心",
     project="塬川县2026年乡村公益性岗位补贴项目", amount="520.00", term="2026年",
     goal="开发乡村公益性岗位860个以上，优先安置脱贫劳动力和监测对象，按月足额发放岗位补贴。",
     date="2026-01-30 11:26", sign_date="2026年1月29日",
     cols="l1 l2 name val", head=["一级指标", "二级指标", "三级指标", "指标值（含计量单位）"], shape="plain",
     tags=["cost_l1_2021", "paren_in_value", "thead_th", "ruled"],
     rows="""
产出指标|数量指标|开发乡村公益性岗位|≥860个
||安置脱贫劳动力（含监测对象）|不少于700人
|质量指标|岗位补贴按月足额发放率|100%（按月发放）
||在岗人员考勤合格率|≥95%
|时效指标|岗位补贴发放时间|次月15日前
成本指标|经济成本指标|岗位补贴标准|≤500元/人·月
||人均年度补贴|≤6000元
|社会成本指标|超龄及违规上岗人数|0人
效益指标|社会效益指标|带动脱贫家庭人均增收|≥3000元/年
|可持续影响指标|公益性岗位动态管理机制|健全
满意度指标|服务对象满意度指标|上岗人员满意度|≥90%
||村（社区）满意度|≥85%
"""),
dict(id="12", slug="guanggao", place="埭岭县", dept="埭岭县城市管理局", impl="埭岭县城市管理综合执法大队",
     project="埭岭县2026年户外广告及门头招牌整治项目", amount="230.00", term="2026年",
     goal="整治主干道沿街门头招牌3500块以上，拆除违规户外广告设施，打造示范街2-3条，建立户外广告设置管理长效机制。",
     date="2026-03-12 16:48", sign_date="2026年3月11日",
     cols="l1 l2 name val rem", head=["一级<br>指标", "二级<br>指标", "三级<br>指标", "指标值", "备注"],
     shape="plain", tags=["br_in_header", "remarks_column", "unruled"],
     rows="""
产出指标|数量指标|整治主干道沿街门头招牌|≥3500块|分两批实施
||拆除违规户外广告设施|不少于420处|
||示范街打造|2-3条|
|质量指标|招牌设置规范率|≥95%|
||整治后新设招牌验收合格率|100%|
|时效指标|主干道整治完成时间|2026年8月31日前|
||违规设施发现后处置时限|72小时内|
|成本指标|门头招牌改造补助|≤800元/平方米|按实际面积
||项目预算执行偏差|±5%以内|
效益指标|社会效益指标|市容环境|明显改善|
|可持续影响指标|户外广告设置管理长效机制|建立|
满意度指标|服务对象满意度指标|沿街商户及市民满意度|≥85%|
"""),
]

PAGES = {p["id"]: p for p in DATA}


def nobr(s):
    return s.replace("<br>", "")


def parsed_rows(p):
    """DATA rows -> list of dicts (printed cells with roles; categories carried down)."""
    cols = p["cols"].split()
    out, cur = [], {"l1": "", "l2": "", "cat": ""}
    for i, line in enumerate([ln for ln in p["rows"].strip("\n").split("\n")]):
        cells = line.split("|")
        assert len(cells) == len(cols), (p["id"], line, len(cells), len(cols))
        r = dict(zip(cols, cells))
        cont = {}
        for k in ("l1", "l2", "cat"):
            if k in r:
                if r[k]:
                    cur[k] = r[k]
                    if k == "l1":
                        cur["l2"] = ""
                    cont[k] = False
                else:
                    cont[k] = True
                r[k + "_full"] = cur[k]
        if "cat" in r:
            a, b = nobr(r["cat_full"]).split("-")
            r["L1"], r["L2"] = a, b
        else:
            r["L1"], r["L2"] = nobr(r["l1_full"]), nobr(r["l2_full"])
        r["cont"] = cont
        r["n"] = i + 1
        out.append(r)
    return out


def gold_rows(p):
    rows = []
    for r in parsed_rows(p):
        q = list(p["tags"])
        if p["shape"] == "group2":
            q += ["l1_from_group_row", "l2_from_group_row"]
        else:
            if r["cont"].get("l1"):
                q.append("l1_merged_continuation")
            if r["cont"].get("l2"):
                q.append("l2_merged_continuation")
            if r["cont"].get("cat"):
                q.append("category_merged_continuation")
        if p["shape"] == "split" and r["n"] >= p["split_at"]:
            q.append("second_table")
        if "<br>" in r.get("l1", "") or "<br>" in r.get("l2", ""):
            q.append("br_in_category")
        rows.append(dict(n=r["n"], name=nobr(r["name"]), annual_value=nobr(r["val"]),
                         period_value=nobr(r["per"]) if "per" in r else None,
                         level1_code=L1[r["L1"]], level2_code=L2[r["L2"]], quirks=q))
    return rows


# ---------------------------------------------------------------- html
SITES = {
    "01": ("#1d5fa8", "首页|政务公开|政务服务|互动交流|走进垌川", "财政预决算|部门预算|绩效目标|专项资金"),
    "02": ("#2d6a33", "首页|信息公开|网上办事|政民互动|埇阳概况|专题专栏", "部门预算|绩效目标公开|预算执行|决算公开"),
    "03": ("#8b1d1d", "网站首页|政府信息公开|政务服务|公众参与|数据发布", "预算公开|绩效管理|政府采购|财政资金直达"),
    "04": ("#7a4a12", "首页|信息公开|办事服务|互动交流|走进垵口", "绩效自评|部门决算|三公经费|专项资金"),
    "05": ("#0f6b6b", "首页|政务公开|政务服务|政民互动|魅力埒岭", "部门预算|项目绩效目标|财政资金|涉农资金"),
    "06": ("#b0302a", "首页|区情概况|政务公开|政务服务|互动交流", "预决算公开|绩效目标|财政专项|政策文件"),
    "07": ("#4b3b8f", "首页|机构概况|政务公开|工作动态|老年教育", "通知公告|部门预算|绩效目标|规章制度"),
    "08": ("#2b6cb0", "首页|新闻中心|政务公开|文旅资讯|办事服务", "财政信息|绩效目标|项目公示|其他"),
    "09": ("#a61b1b", "首页|组工动态|党员教育|干部工作|信息公开", "部门预算|绩效目标|决算公开|通知公告"),
    "10": ("#1b6e3c", "首页|教育资讯|信息公开|办事指南|体育工作", "财务公开|绩效目标|招生考试|校园足球"),
    "11": ("#185a8c", "首页|政务公开|就业创业|社会保障|人事人才|办事服务", "预算公开|绩效目标|资金公示|政策解读"),
    "12": ("#3f5a2a", "首页|政务公开|城市管理|办事服务|互动交流", "部门预算|项目绩效|执法公示|通知公告"),
}

BASE_CSS = """
body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222;background:#f3f3f3}
.banner{color:#fff;padding:18px 30px}
.banner .site{font-size:28px;font-weight:bold;letter-spacing:2px}
.banner .sub{font-size:12px;opacity:.8}
.nav{background:#fff;border-bottom:1px solid #ddd;padding:0 30px}
.nav a{display:inline-block;padding:10px 18px;color:#333;text-decoration:none;font-size:15px}
.wrap{max-width:1180px;margin:0 auto;display:flex;gap:18px;padding:12px}
.menu{width:190px;flex:none;background:#fff;border:1px solid #e2e2e2}
.menu h3{margin:0;padding:10px;color:#fff;font-size:16px}
.menu a{display:block;padding:8px 14px;border-bottom:1px dashed #ddd;color:#444;text-decoration:none;font-size:14px}
.main{flex:1;min-width:0;background:#fff;border:1px solid #e2e2e2;padding:16px 26px}
.crumb{font-size:13px;color:#666;padding:8px 0;border-bottom:1px solid #eee}
h1{font-size:22px;text-align:center;margin:18px 0 8px}
.meta{font-size:13px;color:#888;text-align:center;border-bottom:1px dashed #ccc;padding-bottom:8px}
.intro,.facts p{font-size:15px;line-height:1.8}
.sign{text-align:right;font-size:15px;line-height:1.8;margin-top:18px}
.share{font-size:13px;color:#666;margin:16px 0;border-top:1px solid #eee;padding-top:8px}
.footer{color:#eee;font-size:12px;text-align:center;padding:16px;line-height:1.9}
"""

PRINT_HIDE = "@media print{.banner,.nav,.menu,.share,.footer,.crumb{display:none}.wrap{display:block;padding:0}.main{border:0;padding:0}body{background:#fff}}"

PAGE_CSS = {
    "01": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}"
           "table.kpi th,table.kpi td{border:1px solid #555;padding:6px 8px}"
           "table.kpi th{background:#dbe7f5}table.kpi td.seq{text-align:center;width:3.5em}", PRINT_HIDE),
    "02": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}"
           "table.kpi th,table.kpi td{border:1px solid #333;padding:5px 6px}table.kpi td.dir{text-align:center}"
           "table.kpi th{background:#eef5ec}", PRINT_HIDE),
    "03": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:14px}"
           "table.kpi th,table.kpi td{border:1px solid #444;padding:6px 8px}p.tcap{font-weight:bold;margin:14px 0 4px}"
           ".facttab{border-collapse:collapse;width:100%;font-size:14px;margin:10px 0}.facttab td{border:1px solid #999;padding:5px}",
           PRINT_HIDE + "@media print{table.kpi td,table.kpi th{padding:16px 10px;font-size:16px}}"),
    "04": ("table.kpi{border-collapse:collapse;width:100%;font-size:13px}"
           "table.kpi td{border:1px solid #666;padding:4px 5px}table.kpi tr.hd td{font-weight:bold;background:#f0e6d8;text-align:center}"
           "table.kpi tr.total td{font-weight:bold}", PRINT_HIDE),
    "05": ("table.kpi{border-collapse:collapse;width:100%;font-size:15px}"
           "table.kpi th{text-align:left;color:#0f6b6b;padding:6px}table.kpi td{padding:6px;border:0}",
           PRINT_HIDE),
    "06": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}table.kpi td{border:1px solid #777;padding:6px}"
           "table.kpi td.cap{text-align:center;font-size:16px;font-weight:bold;border:0;padding:10px}"
           "table.kpi tr.hd td{font-weight:bold;text-align:center;background:#fbe9e7}table.kpi td.cat{text-align:center;width:4em}",
           ""),
    "07": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}"
           "table.kpi th,table.kpi td{border:1px solid #555;padding:5px 8px}table.kpi th{background:#e8e4f5}",
           PRINT_HIDE + "@media print{table.kpi td,table.kpi th{padding:26px 8px;font-size:16px;line-height:1.8}}"),
    "08": ("table.kpi{border-collapse:collapse;font-size:15px}table.kpi th,table.kpi td{padding:6px 14px;text-align:left}",
           PRINT_HIDE),
    "09": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}"
           "table.kpi th,table.kpi td{border:1px solid #444;padding:6px}table.kpi td.std{font-size:12px;color:#444;width:30%}",
           PRINT_HIDE + "@media print{table.kpi td,table.kpi th{padding:14px 8px;font-size:16px}table.kpi td.std{font-size:14px}}"),
    "10": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}table.kpi th{text-align:left;padding:6px;color:#1b6e3c}"
           "table.kpi td{padding:5px 6px}table.kpi tr.g1 td{font-weight:bold;padding-top:10px}table.kpi tr.g2 td{padding-left:1.5em;font-style:italic}"
           "table.kpi td.nm{padding-left:3em}", PRINT_HIDE),
    "11": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}"
           "table.kpi th,table.kpi td{border:1px solid #335;padding:6px}table.kpi th{background:#dde8f3}",
           PRINT_HIDE),
    "12": ("table.kpi{border-collapse:collapse;width:100%;font-size:14px}table.kpi th{padding:6px;text-align:center;background:#eef2e8}"
           "table.kpi td{padding:6px 8px}table.kpi tr:nth-child(even) td{background:#f7f9f3}",
           PRINT_HIDE + "@media print{table.kpi td,table.kpi th{padding:26px 10px;font-size:17px}}"),
}


def esc(s):
    return H.escape(s, quote=False).replace("&lt;br&gt;", "<br>")


def spans(rows, key):
    """rowspan of each non-empty key cell (continued by following empty cells)."""
    res = {}
    start = None
    for i, r in enumerate(rows):
        if r[key]:
            start = i
            res[i] = 1
        else:
            res[start] += 1
    return res


def table_html(p, rows, first=True):
    cols = p["cols"].split()
    tid = ' id="kpi%s"' % p["id"] if first else ""
    out = ['<table class="kpi"%s>' % tid]
    ncol = len(p["head"])
    hd = "".join("<th>%s</th>" % h for h in p["head"])
    if p.get("caption_row") or p.get("selfeval"):
        out.append("<tbody>")
        if p.get("caption_row"):
            out.append('<tr><td class="cap" colspan="%d">%s</td></tr>' % (ncol, esc(p["caption_row"])))
        out.append('<tr class="hd">%s</tr>' % "".join("<td>%s</td>" % h for h in p["head"]))
    else:
        out.append("<thead><tr>%s</tr></thead><tbody>" % hd)
    if p["shape"] == "group2":
        cn = "一二三四五六"
        g1 = 0
        for r in rows:
            if r["l1"]:
                out.append('<tr class="g1"><td colspan="%d">（%s）%s</td></tr>' % (ncol, cn[g1], esc(r["l1"])))
                g1 += 1
                g2 = 0
            if r["l2"]:
                g2 += 1
                out.append('<tr class="g2"><td colspan="%d">%d.%s</td></tr>' % (ncol, g2, esc(r["l2"])))
            cells = ['<td class="nm">%s</td>' % esc(r["name"]), "<td>%s</td>" % esc(r["val"]),
                     "<td>%s</td>" % esc(r["rem"])]
            out.append("<tr>%s</tr>" % "".join(cells))
    else:
        sp = {k: spans(rows, k) for k in ("l1", "l2", "cat") if k in cols}
        for i, r in enumerate(rows):
            cells = []
            for c in cols:
                v = r[c]
                if c in sp:
                    if not v:
                        continue
                    rs = sp[c][i]
                    a = ' rowspan="%d"' % rs if rs > 1 else ""
                    cells.append('<td class="cat"%s>%s</td>' % (a, esc(v)))
                else:
                    cells.append('<td class="%s">%s</td>' % (c, esc(v)))
            out.append("<tr>%s</tr>" % "".join(cells))
        if p.get("total"):
            out.append('<tr class="total"><td colspan="4">总分</td><td>%s</td><td>%s</td><td></td></tr>' % p["total"])
    out.append("</tbody></table>")
    return "\n".join(out)


def facts_html(p):
    if p["id"] == "03":
        return ('<table class="facttab"><tr><td>项目名称</td><td colspan="3">%s</td></tr>'
                '<tr><td>主管部门</td><td>%s</td><td>实施单位</td><td>%s</td></tr>'
                '<tr><td>项目资金（万元）</td><td>%s</td><td>实施期限</td><td>%s</td></tr>'
                '<tr><td>年度总体目标</td><td colspan="3">%s</td></tr></table>'
                % (p["project"], p["dept"], p["impl"], p["amount"], p["term"], p["goal"]))
    if p.get("selfeval"):
        f = p["funds"]
        return ('<div class="facts"><p>项目名称：%s<br>主管部门：%s　　实施单位：%s<br>'
                '项目资金（万元）：年初预算数 %s，全年预算数 %s，全年执行数 %s，执行率 99.06%%<br>'
                '年度总体目标：%s<br>自评得分：%s分（自评等级：优）</p></div>'
                % (p["project"], p["dept"], p["impl"], f[0], f[1], f[2], p["goal"], p["total"][1]))
    return ('<div class="facts"><p><b>项目名称：</b>%s</p><p><b>主管部门：</b>%s　<b>实施单位：</b>%s</p>'
            '<p><b>项目资金：</b>%s万元　<b>实施期限：</b>%s</p><p><b>年度总体目标：</b>%s</p></div>'
            % (p["project"], p["dept"], p["impl"], p["amount"], p["term"], p["goal"]))


def page_html(p):
    color, nav, menu = SITES[p["id"]]
    place = p["place"]
    gov = place + ("人民政府")
    kind = "绩效自评表" if p.get("selfeval") else "绩效目标表"
    title = "%s%s" % (p["project"], kind)
    rows = parsed_rows(p)
    if p["shape"] == "split":
        k = p["split_at"] - 1
        tab = ('<p class="tcap">%s</p>\n%s\n<p class="tcap">%s</p>\n%s'
               % (p["captions"][0], table_html(p, rows[:k]), p["captions"][1], table_html(p, rows[k:], first=False)))
    else:
        tab = table_html(p, rows)
    tcss, pcss = PAGE_CSS[p["id"]]
    n = int(p["id"])
    intro = ("根据《中华人民共和国预算法》和全面实施预算绩效管理有关要求，现将%s公开如下，接受社会监督。" % title)
    if p.get("selfeval"):
        intro = "按照%s财政局关于开展2025年度项目支出绩效自评工作的通知要求，我局对%s开展了绩效自评，现将自评结果公开如下。" % (place, p["project"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_{gov}</title>
<style>{BASE_CSS}
.banner{{background:{color}}}.menu h3{{background:{color}}}.footer{{background:{color}}}
{tcss}
{pcss}</style></head>
<body>
<div class="banner"><div class="site">{gov}</div><div class="sub">www.{p['slug']}{n}.gov.cn　　无障碍浏览　|　长者模式　|　English</div></div>
<div class="nav">{''.join('<a href="#">%s</a>' % a for a in nav.split('|'))}</div>
<div class="wrap">
<div class="menu"><h3>财政信息</h3>{''.join('<a href="#">%s</a>' % a for a in menu.split('|'))}</div>
<div class="main" id="content">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; {menu.split('|')[1]}</div>
<h1>{title}</h1>
<div class="meta">发布时间：{p['date']}　　来源：{p['dept']}　　浏览次数：{100 + n * 37}　　字号：[大 中 小]</div>
<p class="intro">{intro}</p>
{facts_html(p)}
{tab}
<div class="sign">{p['dept']}<br>{p['sign_date']}</div>
<div class="share">分享到：微信　微博　QQ空间　　【打印本页】【关闭窗口】</div>
</div></div>
<div class="footer">主办：{gov}办公室　承办：{place}融媒体中心<br>网站标识码：45{n:02d}8{30 + n}0017　　桂ICP备2019{n:02d}4{n + 11}号-1　　桂公网安备 4508{n:02d}02000{n + 40}号</div>
</body></html>
"""


# ---------------------------------------------------------------- xlsx (02, 05, 11)
def make_xlsx(p, path, variant):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    cols = p["cols"].split()
    heads = [nobr(h) for h in p["head"]]
    nc = len(heads)
    last = chr(ord("A") + nc - 1)
    ws.merge_cells("A1:%s1" % last)
    ws["A1"] = p["project"] + "绩效目标表"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[1].height = 28
    facts = [("项目名称", p["project"]), ("主管部门", p["dept"]), ("实施单位", p["impl"]),
             ("项目资金（万元）", p["amount"]), ("年度总体目标", p["goal"])]
    r = 2
    for k, v in facts:
        ws.cell(r, 1, k).border = bd
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=nc)
        c = ws.cell(r, 2, v)
        c.alignment = wrap
        for j in range(1, nc + 1):
            ws.cell(r, j).border = bd
        ws.row_dimensions[r].height = 36 if k == "年度总体目标" else 18
        r += 1
    hrow = r
    for j, h in enumerate(heads, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = bd
    r += 1
    rows = parsed_rows(p)
    first = r
    h = {"period": 30, "shortrows": 15, "printtitles": 64}[variant]
    for x in rows:
        for j, c in enumerate(cols, 1):
            v = nobr(x[c])
            cell = ws.cell(r, j, v if v else None)
            cell.alignment = wrap
            cell.border = bd
        ws.row_dimensions[r].height = h
        r += 1
    for c in ("l1", "l2"):
        j = cols.index(c) + 1
        start = None
        for i, x in enumerate(rows + [dict(l1="X", l2="X")]):
            if x[c] or i == len(rows):
                if start is not None and i - 1 > start:
                    ws.merge_cells(start_row=first + start, start_column=j, end_row=first + i - 1, end_column=j)
                start = i
    widths = {"l1": 12, "l2": 14, "name": 30, "dir": 9, "val": 16, "per": 16}
    for j, c in enumerate(cols, 1):
        ws.column_dimensions[chr(64 + j)].width = widths.get(c, 14)
    if variant == "shortrows":
        ws.column_dimensions["C"].width = 18
        ws.column_dimensions["D"].width = 9
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if variant == "period" else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if variant == "printtitles":
        ws.print_title_rows = "%d:%d" % (hrow, hrow)
    wb.save(path)


# ---------------------------------------------------------------- docx (01, 07, 09)
def make_docx(p, path, variant):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if variant == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2)
    t = doc.add_paragraph()
    rr = t.add_run(p["project"] + "绩效目标表")
    rr.bold = True
    rr.font.size = Pt(15)
    t.alignment = 1
    for k, v in (("项目名称", p["project"]), ("主管部门", p["dept"]), ("实施单位", p["impl"]),
                 ("项目资金", p["amount"] + "万元"), ("实施期限", p["term"]), ("年度总体目标", p["goal"])):
        doc.add_paragraph("%s：%s" % (k, v))
    cols = p["cols"].split()
    heads = [nobr(h) for h in p["head"]]
    rows = parsed_rows(p)
    tb = doc.add_table(rows=1 + len(rows), cols=len(cols))
    tb.style = "Table Grid"
    for j, hh in enumerate(heads):
        c = tb.cell(0, j)
        c.text = hh
        c.paragraphs[0].runs[0].bold = True
    if variant == "tblheader":
        trPr = tb.rows[0]._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader")
        e.set(qn("w:val"), "true")
        trPr.append(e)
    for i, x in enumerate(rows, 1):
        for j, c in enumerate(cols):
            if c in ("l1", "l2") and not x[c]:
                continue
            tb.cell(i, j).text = nobr(x[c])
        if variant == "tblheader":
            tb.rows[i].height = Cm(1.2)
    for c in ("l1", "l2"):
        j = cols.index(c)
        start = None
        for i, x in enumerate(rows + [dict(l1="X", l2="X")]):
            if x[c] or i == len(rows):
                if start is not None and i - 1 > start:
                    txt = tb.cell(1 + start, j).text
                    m = tb.cell(1 + start, j).merge(tb.cell(i, j))
                    m.text = txt
                start = i
    doc.add_paragraph("")
    doc.add_paragraph("填报单位（盖章）：%s　　　　填报日期：%s" % (p["dept"], p["sign_date"]))
    doc.save(path)


# ---------------------------------------------------------------- typst (04)
def make_typ(p, path):
    rows = parsed_rows(p)

    def q(s):
        return '"' + nobr(s).replace("\\", "\\\\").replace('"', '\\"') + '"'
    cat_sp = spans(rows, "cat")
    cells = []
    for i, x in enumerate(rows):
        if x["cat"]:
            cells.append("table.cell(rowspan: %d, align: horizon)[#%s]" % (cat_sp[i], q(x["cat"])))
        for c in ("name", "val", "act", "score", "got", "rsn"):
            cells.append("[#%s]" % q(x[c]))
    cells.append("table.cell(colspan: 4)[*总分*]")
    cells += ["[%s]" % p["total"][0], "[%s]" % p["total"][1], "[]"]
    f = p["funds"]
    src = f"""#set page(paper: "a4", flipped: true, margin: (x: 1.6cm, y: 1.5cm), footer: context align(center)[第 #counter(page).display() 页])
#set text(font: "Noto Serif CJK SC", size: 9.5pt, lang: "zh")
#align(center, text(size: 15pt, weight: "bold")[{p['project']}绩效自评表])
#v(4pt)
主管部门：{p['dept']}　　实施单位：{p['impl']}

项目资金（万元）：年初预算数 {f[0]}，全年预算数 {f[1]}，全年执行数 {f[2]}　　自评得分：{p['total'][1]}分

年度总体目标：{p['goal']}
#v(6pt)
#table(
  columns: (7.2cm, 5.2cm, 2.6cm, 2.6cm, 1.3cm, 1.3cm, 5.6cm),
  stroke: 0.5pt,
  inset: 5pt,
  table.header({', '.join('[*%s*]' % nobr(h) for h in p['head'])}),
  {(','+chr(10)+'  ').join(cells)}
)
#v(8pt)
#align(right)[{p['dept']}　{p['sign_date']}]
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(src)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for p in DATA:
        with open(os.path.join(outdir, "%s_%s.html" % (p["id"], p["slug"])), "w", encoding="utf-8") as fh:
            fh.write(page_html(p))
    make_xlsx(PAGES["02"], os.path.join(outdir, "02_linchang.xlsx"), "period")
    make_xlsx(PAGES["05"], os.path.join(outdir, "05_shiyongjun.xlsx"), "shortrows")
    make_xlsx(PAGES["11"], os.path.join(outdir, "11_gongyigangwei.xlsx"), "printtitles")
    make_docx(PAGES["01"], os.path.join(outdir, "01_yunqian.docx"), "grid")
    make_docx(PAGES["07"], os.path.join(outdir, "07_laonian.docx"), "tblheader")
    make_docx(PAGES["09"], os.path.join(outdir, "09_zhucun.docx"), "landscape")
    make_typ(PAGES["04"], os.path.join(outdir, "04_bowuguan.typ"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
