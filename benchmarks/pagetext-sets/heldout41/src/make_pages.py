"""Set 41: the hand-typed tables (DATA below) -> 16 html pages, the page-text gold and the PDF expected rows.

DATA syntax: each table has `cols` (the roles of its cells, in order) and `rows`, one table row a line, cells split
by `|`.  Roles: l1 / l2 (category; empty = continuation of the merged cell above), name, val (the only or the 年度
value), per (实施期指标值), op (计算符号 / 指标性质: ≥ ≤ ＝ 定性), num (指标值 when split), unit (计量单位 / 度量单位),
rem (备注), act / sc / got / rsn (自评表: 实际完成值 / 分值 / 得分 / 偏差原因).  A 序号 column is numbered
automatically where the page has one.  `¶` = `<br>` (joined with nothing in the expected name).  A line starting
with `!` is a row kept in the markup with `display:none` (reviewed out, not expected).

Expected rows are made from DATA only: value = op (unless 定性) + num + unit, or val; period_value = per or null.

usage: python make_pages.py [SRCDIR] [GOLD]    (writes NN_topic.html into SRCDIR, the gold jsonl to GOLD;
       the PDF expected rows are written by build.py with expected_rows())
"""
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3", "成本指标": "1"}
L2 = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济成本指标": "14",
      "社会成本指标": "14", "生态环境成本指标": "14", "经济效益指标": "21", "社会效益指标": "22",
      "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}

STD = "l1 l2 name val"

# ----------------------------------------------------------------------------------------------------------------
# DATA: the hand-typed tables
# ----------------------------------------------------------------------------------------------------------------
DATA = [
 dict(id="01", topic="dianti", place="溍城县", file="01_soffice_txt_wordhtm_dianti.txt",
      site="溍城县市场监督管理局", year="2025", date="2025-02-18",
      title="溍城县市场监督管理局2025年度项目支出绩效目标表",
      quirks=["soffice_convert_txt", "word_save_as_web_page", "gbk_charset", "mso_spans", "header_block",
              "no_page_chrome"],
      tables=[dict(project="2025年特种设备（电梯）安全监管项目", dept="溍城县市场监督管理局",
                   unit="溍城县特种设备安全监察所", amount="86.40", cols=STD, rows="""
产出指标|数量指标|在用电梯监督检查覆盖率|100%
||电梯应急处置平台接入数量|≥1860台
||开展电梯困人应急救援演练|≥4场次
|质量指标|电梯定期检验率|≥99.5%
||隐患整改完成率|100%
|时效指标|投诉举报处置时限|≤5个工作日
||年度监督检查完成时间|2025年11月30日前
|成本指标|项目总成本|≤86.4万元
效益指标|社会效益指标|电梯万台事故起数|≤0.1起
||电梯困人救援平均到场时间|≤30分钟
|可持续影响指标|电梯安全责任保险覆盖率|较上年提高5个百分点
满意度指标|服务对象满意度指标|住宅小区居民满意度|≥90%
||物业服务企业满意度|≥85%
""")]),
 dict(id="02", topic="diming", place="淏川县", file="02_chromium_eltext1440_wps_diming.txt",
      site="淏川县民政局", year="2025", date="2025-03-06",
      title="淏川县民政局2025年地名标志设置及地名文化保护项目绩效目标公开",
      quirks=["chromium_element_innertext", "window_1440", "wps_et_table", "serial_column", "unit_column",
              "remark_column"],
      tables=[dict(project="2025年地名标志设置及地名文化保护项目", dept="淏川县民政局", unit="淏川县区划地名服务中心",
                   amount="93.60", cols="l1 l2 name num unit rem", rows="""
产出指标|数量指标|新设（更换）道路街巷标志牌|420|块|
||设置村（社区）地名标志|186|块|每村不少于1块
||完成地名信息更新入库|≥2300|条|
|质量指标|标志牌设置规范率|100|%|
||地名信息准确率|≥98|%|
|时效指标|标志牌安装完成时间|2025年10月31日前||
||地名信息入库及时率|100|%|
|成本指标|道路街巷标志牌单价|≤1800|元/块|含安装
效益指标|社会效益指标|群众问路寻址便利度|明显提升||
||地名文化遗产保护名录收录|≥35|条|
|可持续影响指标|地名标志维护管护机制|长效运行||
满意度指标|服务对象满意度指标|辖区群众满意度|≥90|%|
||快递物流企业满意度|≥88|%|
""")]),
 dict(id="03", topic="tuanwei", place="澔阳市", file="03_readability_html2text_nested_tuanwei.txt",
      site="共青团澔阳市委员会", year="2025", date="2025-03-21",
      title="共青团澔阳市委2025年青少年成长服务项目绩效目标",
      quirks=["readability_summary", "html2text", "body_width_0", "old_layout", "nested_table", "kindeditor", "br_in_cells", "header_block"],
      tables=[dict(project="2025年青少年成长服务项目", dept="共青团澔阳市委员会", unit="澔阳市青少年宫",
                   amount="128.00", cols=STD, rows="""
产出指标|数量指标|开展青少年心理健康辅导活动|≥48场
||“青年之家”阵地新建数量|12个
||招募青年志愿者|≥3000人
|质量指标|志愿服务信息上线记录率|100%
||活动参与青少年覆盖率|≥85%
|时效指标|暑期托管服务开班时间|2025年7月10日前
|成本指标|每场辅导活动平均成本|≤0.6万元
效益指标|社会效益指标|青少年违法犯罪发生率|较上年下降
||困境青少年帮扶结对数|≥260人
|可持续影响指标|青少年服务阵地常态化运营|持续运营
满意度指标|服务对象满意度指标|青少年及家长满意度|≥92%
||学校满意度|≥90%
""")]),
 dict(id="04", topic="pufa", place="浛口县", file="04_pandoc_rst_opcols_pufa.txt",
      site="浛口县司法局", year="2025", date="2025-02-27",
      title="浛口县司法局2025年“八五”普法宣传教育项目绩效目标表",
      quirks=["pandoc_rst", "page_chrome", "thead", "op_column", "unit_column", "qualitative_marker"],
      tables=[dict(project="2025年“八五”普法宣传教育项目", dept="浛口县司法局", unit="浛口县普法依法治理办公室",
                   amount="48.50", cols="l1 l2 name op num unit", rows="""
产出指标|数量指标|开展“法律进乡村”宣讲活动|≥|120|场次
||发放普法宣传资料|≥|5|万份
||培育农村“法律明白人”|＝|560|人
|质量指标|国家工作人员学法考试参考率|＝|100|%
||普法宣传阵地建设达标率|≥|95|%
|时效指标|“宪法宣传周”活动完成时间|定性|2025年12月10日前|
|成本指标|项目支出总额|≤|48.5|万元
效益指标|社会效益指标|群众法治意识|定性|明显增强|
||民主法治示范村（社区）创建数|≥|8|个
|可持续影响指标|普法责任制落实机制|定性|健全完善|
满意度指标|服务对象满意度指标|群众对普法工作满意度|≥|90|%
||受众参与活动满意度|≥|88|%
||基层干部满意度|≥|85|%
""")]),
 dict(id="05", topic="yuanlin", place="潆溪县", file="05_w3m_cols72_nature_yuanlin.txt",
      site="潆溪县城市管理和综合执法局", year="2025", date="2025-03-12",
      title="潆溪县2025年城区园林绿化养护项目绩效目标",
      quirks=["w3m_dump", "cols_72", "page_chrome", "serial_column", "nature_column", "unit_column",
              "qualitative_marker", "unruled_table"],
      tables=[dict(project="2025年城区园林绿化养护项目", dept="潆溪县城市管理和综合执法局", unit="潆溪县园林绿化服务中心",
                   amount="1,201.20", cols="l1 l2 name op num unit", rows="""
产出指标|数量指标|城区绿地养护面积|≥|286|万平方米
||行道树修剪株数|≥|1.8万|株
||补植草坪面积|＝|3.2|万平方米
|质量指标|绿化植物成活率|≥|95|%
||养护质量考核达标率|≥|90|%
|时效指标|病虫害防治及时率|＝|100|%
|成本指标|每平方米年养护成本|≤|4.2|元/平方米
效益指标|生态效益指标|城区绿化覆盖率|≥|41.5|%
||建成区人均公园绿地面积|≥|13.6|平方米
|社会效益指标|市民游园休憩环境|定性|持续改善|
|可持续影响指标|绿化养护市场化管理机制|定性|有效运行|
满意度指标|服务对象满意度指标|市民对园林绿化满意度|≥|90|%
""")]),
 dict(id="06", topic="dizai", place="湴头县", file="06_links_w120_twin_dizai.txt",
      site="湴头县自然资源局", year="2025", date="2025-01-23",
      title="湴头县自然资源局2025—2027年地质灾害综合防治项目绩效目标申报表",
      quirks=["links_dump", "width_120", "page_chrome", "twin_value_columns", "two_row_header", "thead",
              "header_block"],
      tables=[dict(project="2025—2027年地质灾害综合防治项目", dept="湴头县自然资源局", unit="湴头县地质环境监测站",
                   amount="3,260.00", cols="l1 l2 name per val", rows="""
产出指标|数量指标|地质灾害隐患点排查|≥2100处次|≥700处次
||实施地质灾害工程治理项目|9个|3个
||搬迁避让受威胁群众|≥450户|≥150户
||安装普适型监测预警设备|≥360台（套）|≥120台（套）
|质量指标|工程治理项目验收合格率|100%|100%
||监测预警设备在线率|≥95%|≥95%
|时效指标|汛前排查完成时间|每年4月30日前|2025年4月30日前
|成本指标|单处工程治理平均成本|≤180万元|≤180万元
效益指标|社会效益指标|地质灾害造成人员伤亡|0人|0人
||受威胁群众安全保障人数|≥3.2万人|≥1.1万人
|经济效益指标|避免直接经济损失|≥1.5亿元|≥5000万元
|可持续影响指标|群测群防体系运行|长期有效|有效运行
满意度指标|服务对象满意度指标|受益群众满意度|≥90%|≥90%
""")]),
 dict(id="07", topic="qiaowu", place="漖南县", file="07_trafilatura_txt_tables_selfeval_qiaowu.txt",
      site="漖南县人民政府外事侨务办公室", year="2024", date="2025-04-15",
      title="漖南县外事侨务办2024年归侨侨眷帮扶及侨务工作经费绩效自评表",
      quirks=["trafilatura_txt", "page_chrome", "self_evaluation", "fund_block", "total_row"],
      tables=[dict(project="2024年归侨侨眷帮扶及侨务工作经费", dept="漖南县人民政府外事侨务办公室",
                   unit="漖南县人民政府外事侨务办公室", amount="76.80", cols="l1 l2 name val act sc got rsn",
                   rows="""
产出指标|数量指标|走访慰问困难归侨侨眷|≥320户|336户|10|10|
||开展侨务政策宣讲|≥12场|12场|5|5|
||“侨胞之家”建设数量|4个|3个|5|3.75|1个因选址调整延至2025年建成
|质量指标|帮扶资金发放准确率|100%|100%|10|10|
||涉侨信访事项办结率|≥95%|97.2%|5|5|
|时效指标|春节慰问资金发放时间|2024年2月8日前|2024年2月6日|5|5|
|成本指标|户均慰问标准|≤1500元|1500元|10|10|
效益指标|社会效益指标|困难归侨侨眷生活保障|有效改善|有效改善|10|10|
||海外侨胞联系交流活动|≥6次|7次|5|5|
|可持续影响指标|侨务工作长效机制|持续完善|持续完善|10|10|
满意度指标|服务对象满意度指标|归侨侨眷满意度|≥90%|95.6%|10|10|
||海外联谊社团满意度|≥85%|91%|5|5|
""")]),
 dict(id="08", topic="zhongyiyao", place="洣川县", file="08_docx2txt_lodocx_deptwhole_zhongyiyao.txt",
      site="洣川县卫生健康局", year="2025", date="2025-02-10",
      title="洣川县中医药发展服务中心2025年部门整体支出绩效目标表",
      quirks=["docx2txt", "libreoffice_html_to_docx", "page_chrome", "department_whole", "side_label",
              "task_block", "thead"],
      tables=[dict(project=None, dept="洣川县中医药发展服务中心", unit=None, amount="642.35", cols=STD, rows="""
产出指标|数量指标|基层中医馆建设数量|≥6个
||中医药适宜技术推广培训|≥800人次
||开展中医药文化进校园活动|≥20场
||名老中医药专家传承工作室|2个
|质量指标|乡镇卫生院中医馆覆盖率|100%
||中医药人员培训考核合格率|≥95%
|时效指标|中医馆建设项目完成时间|2025年10月底前
||专项资金拨付及时率|100%
|成本指标|部门整体支出控制|不超过年度预算
效益指标|社会效益指标|基层中医药服务量占比|≥35%
||老年人中医药健康管理率|≥75%
||城乡居民中医药健康文化素养水平|较上年提高2个百分点
|经济效益指标|中医药产业带动农户增收|约1200万元
|可持续影响指标|中医药服务网络|持续健全
满意度指标|服务对象满意度指标|群众中医药服务满意度|≥90%
||基层医务人员满意度|≥85%
""")]),
 dict(id="09", topic="xianxue", place="汊口县", file="09_chromium_copy1024_brheader_xianxue.txt",
      site="汊口县卫生健康局", year="2025", date="2025-03-03",
      title="汊口县2025年无偿献血推进项目绩效目标",
      quirks=["chromium_select_all_copy", "window_1024", "page_chrome", "thead", "two_row_header",
              "br_in_header", "serial_column", "remark_column", "hidden_row_in_markup"],
      tables=[dict(project="2025年无偿献血推进项目", dept="汊口县卫生健康局", unit="汊口县中心血站",
                   amount="215.00", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|全年采集全血|≥1.6万单位|
||街头献血屋运营数量|3座|
||开展团体献血活动|≥90场次|
!||流动采血车更新|1辆|
|质量指标|血液检测合格率|≥99%|
||献血不良反应处置率|100%|
|时效指标|临床用血保障响应时间|≤2小时|急诊用血
|成本指标|献血者纪念品及宣传费用|≤38万元|
效益指标|社会效益指标|千人口献血率|≥12‰|
||临床用血自给率|100%|
|可持续影响指标|固定献血者队伍人数|≥2800人|
满意度指标|服务对象满意度指标|献血者满意度|≥95%|
||临床用血医疗机构满意度|≥90%|
""")]),
 dict(id="10", topic="mianyi", place="涴川县", file="10_pdftotext_layout_zebra_mianyi.txt",
      site="涴川县疾病预防控制中心", year="2025", date="2025-02-25",
      title="涴川县2025年国家免疫规划疫苗接种项目绩效目标",
      quirks=["pdftotext_layout", "chromium_pdf", "page_chrome", "serial_column", "categories_every_row",
              "zebra_rows", "unruled_table", "fullwidth_digits"],
      tables=[dict(project="2025年国家免疫规划疫苗接种项目", dept="涴川县卫生健康局", unit="涴川县疾病预防控制中心",
                   amount="158.70", cols=STD, merge=False, rows="""
产出指标|数量指标|适龄儿童免疫规划疫苗接种剂次|约３２０００剂次
产出指标|数量指标|预防接种门诊规范化建设|１２个
产出指标|数量指标|流动儿童查漏补种|５００人左右
产出指标|质量指标|适龄儿童免疫规划疫苗接种率|≥９５％
产出指标|质量指标|冷链设备温度监测达标率|１００％
产出指标|质量指标|疑似预防接种异常反应报告处置率|１００％
产出指标|时效指标|入托入学接种证查验完成时间|２０２５年１０月底前
产出指标|成本指标|每剂次接种服务补助|约８元
效益指标|社会效益指标|疫苗可预防传染病发病率|维持较低水平
效益指标|社会效益指标|适龄儿童建证率|达到９８％以上
效益指标|可持续影响指标|预防接种信息化管理|持续完善
满意度指标|服务对象满意度指标|受种者家长满意度|≥９０％
""")]),
 dict(id="11", topic="gongzu", place="溠阳县", file="11_inscriptis_strict_splitcat_gongzu.txt",
      site="溠阳县住房和城乡建设局", year="2025", date="2025-03-17",
      title="溠阳县2025年公共租赁住房运营管理项目绩效目标表",
      quirks=["inscriptis_strict", "page_chrome", "split_category_tables", "l1_caption_row"],
      tables=[dict(project="2025年公共租赁住房运营管理项目", dept="溠阳县住房和城乡建设局", unit="溠阳县住房保障服务中心",
                   amount="485.00", cols=STD, split=True, rows="""
产出指标|数量指标|公租房运营管理套数|2860套
||新增保障家庭|≥180户
||租赁补贴发放户数|≥650户
|质量指标|公租房分配入住率|≥95%
||维修服务完成率|≥98%
|时效指标|租赁补贴季度发放时间|每季度首月15日前
|成本指标|公租房维修养护费用|≤135万元
效益指标|经济效益指标|租金收缴率|≥92%
|社会效益指标|城镇中低收入住房困难家庭保障|应保尽保
||违规转租转借清退率|100%
|可持续影响指标|公租房动态管理机制|持续规范
满意度指标|服务对象满意度指标|保障对象满意度|≥90%
||小区周边居民满意度|≥80%
""")]),
 dict(id="12", topic="shuiwen", place="潏川县", file="12_html2text_w78_two_tables_shuiwen.txt",
      site="潏川县水利局", year="2025", date="2025-02-14",
      title="潏川县水利局2025年水文监测及山洪灾害防治项目绩效目标",
      quirks=["html2text", "body_width_78", "page_chrome", "two_tables", "caption_row_unit", "nbsp_cells",
              "remark_column"],
      tables=[dict(project="2025年中小河流水文监测站网运行维护项目", dept="潏川县水利局", unit="潏川县水文站",
                   amount="88.60", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|维护水文（位）站|≥46处|
||水文测验报汛次数|≥1.2万次|
|质量指标|水文数据到报率|≥95%|
|时效指标|汛期报汛时效|≤20分钟|
效益指标|社会效益指标|为防汛调度提供决策支持|有效支撑|
|生态效益指标|重点河段生态流量监测覆盖|全覆盖|
满意度指标|服务对象满意度指标|防汛部门满意度|≥90%|
"""), dict(project="2025年山洪灾害监测预警系统运行维护项目", dept="潏川县水利局", unit="潏川县防汛抗旱服务中心",
                   amount="62.80", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|维护自动雨量站|≥128个|
||预警广播设备巡检|≥2轮|每半年一轮
|质量指标|监测设备正常运行率|≥92%|
|成本指标|运行维护费用|≤62.8万元|
效益指标|社会效益指标|山洪灾害预警信息发布覆盖率|100%|
|可持续影响指标|监测预警平台|稳定运行|
满意度指标|服务对象满意度指标|受益群众满意度|≥85%|
""")]),
 dict(id="13", topic="weichengnian", place="嶓山县", file="13_lynx_w100_qizhong_weichengnian.txt",
      site="嶓山县民政局", year="2025", date="2025-03-28",
      title="嶓山县2025年困境儿童保障及未成年人保护项目绩效目标",
      quirks=["lynx_dump", "width_100", "page_chrome", "remark_column", "qizhong_names", "operator_words"],
      tables=[dict(project="2025年困境儿童保障及未成年人保护项目", dept="嶓山县民政局", unit="嶓山县未成年人救助保护中心",
                   amount="536.20", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|事实无人抚养儿童保障人数|约420人|
||其中：孤儿保障人数|68人|含社会散居孤儿
||乡镇（街道）未成年人保护工作站建设|14个|
|质量指标|基本生活费按时足额发放率|100%|
||儿童督导员、儿童主任培训覆盖率|达到100%|
|时效指标|新增保障对象审核时限|20个工作日以内|
|成本指标|工作站建设单站经费|不超过5万元|
效益指标|社会效益指标|困境儿童关爱服务覆盖面|95%以上|
||其中：留守儿童定期探访率|100%|每季度至少1次
|可持续影响指标|未成年人保护工作协调机制|长期有效|
满意度指标|服务对象满意度指标|监护人满意度|90%以上|
||学校及社区满意度|不低于85%|
""")]),
 dict(id="14", topic="turang", place="岍阳市", file="14_lxml_itertext_trs_turang.txt",
      site="岍阳市生态环境局", year="2025", date="2025-03-09",
      title="岍阳市生态环境局2025年土壤污染防治项目绩效目标",
      quirks=["lxml_itertext_newline", "trs_editor", "header_block", "caption_row_unit", "no_page_chrome"],
      tables=[dict(project="2025年土壤污染防治项目", dept="岍阳市生态环境局", unit="岍阳市生态环境监测站",
                   amount="356.00", cols=STD, rows="""
产出指标|数量指标|重点监管单位土壤隐患排查|≥42家
||土壤环境质量监测点位|≥120个
||受污染耕地安全利用面积|≥1.35万亩
|质量指标|监测数据有效率|≥98%
||受污染耕地安全利用率|≥93%
|时效指标|隐患排查整改完成时间|2025年11月30日前
|成本指标|监测点位单点监测费用|≤0.45万元
效益指标|生态效益指标|重点建设用地安全利用率|100%
||土壤环境风险|得到有效管控
|社会效益指标|群众土壤污染防治知晓率|≥80%
|可持续影响指标|土壤污染防治长效监管机制|健全
满意度指标|服务对象满意度指标|周边群众满意度|≥85%
""")]),
 dict(id="15", topic="minbing", place="滘岭县", file="15_elinks_w160_threeline_minbing.txt",
      site="滘岭县国防动员办公室", year="2025", date="2025-03-31",
      title="滘岭县2025年民兵军事训练及应急力量建设项目绩效目标",
      quirks=["elinks_dump", "width_160", "page_chrome", "three_line_table", "unruled_table"],
      tables=[dict(project="2025年民兵军事训练及应急力量建设项目", dept="滘岭县国防动员办公室", unit="滘岭县民兵训练基地",
                   amount="172.50", cols=STD, rows="""
产出指标|数量指标|基干民兵参训人数|≥580人
||组织应急专业分队集训|≥4期
||开展国防教育进校园活动|≥15场
|质量指标|训练考核合格率|≥95%
||民兵整组编实率|100%
|时效指标|年度军事训练完成时间|2025年9月30日前
|成本指标|参训民兵人均误工补助|≤150元/天
效益指标|社会效益指标|参与抢险救灾等急难险重任务|≥6次
||群众国防意识|明显增强
|可持续影响指标|民兵应急力量体系|持续巩固
满意度指标|服务对象满意度指标|参训民兵满意度|≥90%
||驻地群众满意度|≥90%
""")]),
 dict(id="16", topic="nongxian", place="沩岭县", file="16_chromium_innertext1536_two_2021_nongxian.txt",
      site="沩岭县农业农村局", year="2025", date="2025-02-20",
      title="沩岭县农业农村局2025年农业保险保费补贴项目绩效目标",
      quirks=["chromium_innertext", "window_1536", "page_chrome", "two_tables", "scheme_2021", "nbsp_cells",
              "remark_column", "unruled_table"],
      tables=[dict(project="2025年政策性农业保险保费补贴项目", dept="沩岭县农业农村局", unit="沩岭县农业农村局",
                   amount="860.00", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|水稻、玉米等主粮作物投保面积|≥42万亩|
||能繁母猪投保头数|≥1.6万头|
|质量指标|保费补贴资金拨付准确率|100%|
|时效指标|理赔款兑付时限|≤10个工作日|
成本指标|经济成本指标|县级保费补贴资金|≤860万元|
效益指标|社会效益指标|受灾农户理赔覆盖率|100%|
满意度指标|服务对象满意度指标|参保农户满意度|≥90%|
"""), dict(project="2025年地方特色农产品保险奖补项目", dept="沩岭县农业农村局", unit="沩岭县农村经营管理站",
                   amount="120.00", cols="l1 l2 name val rem", rows="""
产出指标|数量指标|特色农产品保险品种|≥5个|茶叶、柑橘、油茶等
|质量指标|承保信息公示率|100%|
成本指标|经济成本指标|县级奖补资金|≤120万元|
|社会成本指标|新增农户保费负担|不增加|
效益指标|经济效益指标|特色产业风险保障金额|≥3.6亿元|
满意度指标|服务对象满意度指标|参保经营主体满意度|≥85%|
""")]),
]


# ----------------------------------------------------------------------------------------------------------------
# rows
# ----------------------------------------------------------------------------------------------------------------
def parse_rows(t):
    """-> list of dict(cells={role: text}, hidden, l1, l2, l1_first, l2_first, l1_span, l2_span)."""
    roles = t["cols"].split()
    out = []
    l1 = l2 = None
    for line in t["rows"].strip("\n").split("\n"):
        hidden = line.startswith("!")
        cells = line.lstrip("!").split("|")
        assert len(cells) == len(roles), (line, roles)
        c = dict(zip(roles, cells))
        r = dict(cells=c, hidden=hidden, l1_first=False, l2_first=False)
        if c.get("l1"):
            l1 = c["l1"]; r["l1_first"] = True
        if c.get("l2"):
            l2 = c["l2"]; r["l2_first"] = True
        elif r["l1_first"]:
            raise ValueError(line)
        r["l1"], r["l2"] = l1, l2
        out.append(r)
    # spans (hidden rows count: they stay in the markup)
    for key in ("l1", "l2"):
        for i, r in enumerate(out):
            if r[key + "_first"]:
                j = i + 1
                while j < len(out) and not out[j][key + "_first"] and not (key == "l2" and out[j]["l1_first"]):
                    j += 1
                r[key + "_span"] = j - i
    return out


def value_of(c):
    if "op" in c:
        op = "" if c["op"] == "定性" else c["op"]
        return op + c["num"] + c["unit"]
    if "num" in c:
        return c["num"] + c["unit"]
    return c["val"]


def clean(s):
    return s.replace("¶", "")


def expected_rows():
    """All expected rows in page order: dict(page, table_index, n, name, value, period, l1, l2, quirks, ...)."""
    rows = []
    for p in DATA:
        n = 0
        for ti, t in enumerate(p["tables"]):
            merge = t.get("merge", True)
            prev_hidden = False
            for r in parse_rows(t):
                if r["hidden"]:
                    prev_hidden = True
                    continue
                n += 1
                c = r["cells"]
                q = list(p["quirks"])
                if len(p["tables"]) > 1:
                    q.append("table_%d" % (ti + 1))
                if merge and not t.get("split") and not r["l1_first"]:
                    q.append("l1_merged_continuation")
                if merge and not r["l2_first"]:
                    q.append("l2_merged_continuation")
                if prev_hidden:
                    q.append("after_hidden_row")
                prev_hidden = False
                rows.append(dict(page=p, table=t, ti=ti, n=n, name=clean(c["name"]), value=value_of(c),
                                 period=c.get("per"), l1=L1[r["l1"]], l2=L2[r["l2"]], quirks=q))
    return rows


def write_gold(path):
    with open(path, "w", encoding="utf-8") as f:
        for r in expected_rows():
            f.write(json.dumps(dict(file=r["page"]["file"], n=r["n"], name=r["name"], annual_value=r["value"],
                                    period_value=r["period"], level1_code=r["l1"], level2_code=r["l2"], url=None,
                                    quirks=r["quirks"]), ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------------------------------------------
# html helpers
# ----------------------------------------------------------------------------------------------------------------
def esc(s):
    return H.escape(s, quote=False).replace("¶", "<br>")


def body_rows(t, td, tr=lambda r, i: "<tr>", merge=None, serial=False, order=None, empty="", l1col=True):
    """Render the body rows. td(role, text, attrs) -> html; order = roles in column order."""
    merge = t.get("merge", True) if merge is None else merge
    roles = order or t["cols"].split()
    rows = parse_rows(t)
    out = []
    n = 0
    for i, r in enumerate(rows):
        c = r["cells"]
        cells = []
        if not r["hidden"]:
            n += 1
        for role in roles:
            if role == "sn":
                cells.append(td("sn", str(n) if not r["hidden"] else "", ""))
                continue
            if role == "l1" and not l1col:
                continue
            if role in ("l1", "l2") and merge:
                if not r[role + "_first"]:
                    continue
                span = r[role + "_span"]
                cells.append(td(role, r[role], ' rowspan="%d"' % span if span > 1 else ""))
                continue
            if role in ("l1", "l2"):
                cells.append(td(role, r[role], ""))
                continue
            text = c.get(role, "")
            cells.append(td(role, text if text else empty, ""))
        tro = tr(r, i)
        if r["hidden"]:
            tro = tro.replace("<tr", '<tr style="display:none"', 1) if "style=" not in tro else \
                tro.replace('style="', 'style="display:none;', 1)
        out.append(tro + "".join(cells) + "</tr>")
    return "\n".join(out)


def simple_td(role, text, attrs):
    return "<td%s>%s</td>" % (attrs, esc(text) if text else "")


def footer(site, code, icp, gab, extra=""):
    return f"""<div class="footer">
<p>主办：{site}　承办：{site}办公室　{extra}</p>
<p>网站标识码：{code}　<a href="#">{icp}</a>　<a href="#">{gab}</a></p>
<p>建议使用1366×768分辨率浏览本站</p>
</div>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="";}})();</script>"""


def portal(p, content, css="", nav=None, crumbs="首页 > 政务公开 > 财政资金 > 预算绩效", cls="article",
           info=None, code="5310000001", icp="滇ICP备00000000号", gab="滇公网安备 00000000000000号", lang=""):
    nav = nav or ["首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"]
    info = info or f"发布时间：{p['date']}　来源：{p['site']}　浏览次数：{int(p['id']) * 37 + 211}　【字体：大 中 小】"
    navh = "".join(f'<li><a href="#">{x}</a></li>' for x in nav)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{p['title']}_{p['site']}</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333;background:#f4f4f4}}
.top{{background:#1d5aa8;color:#fff;font-size:12px;padding:4px 20px}}
.banner{{background:#2466b8;color:#fff;font-size:26px;font-weight:bold;padding:18px 20px}}
.nav ul{{margin:0;padding:0;list-style:none;background:#15498c;overflow:hidden}}
.nav li{{float:left}} .nav a{{display:block;color:#fff;padding:8px 18px;text-decoration:none}}
.wrap{{width:1000px;margin:0 auto;background:#fff;padding:10px 30px 30px}}
.crumb{{font-size:12px;color:#666;border-bottom:1px solid #ddd;padding:6px 0}}
h1{{font-size:22px;text-align:center;color:#222;margin:22px 0 10px}}
.info{{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}}
.share{{margin-top:30px;font-size:12px;color:#666;text-align:right}}
.footer{{background:#15498c;color:#dde;font-size:12px;text-align:center;padding:12px}}
{css}
</style>
</head>
<body{lang}>
<div class="top">今天是：{p['date'][:4]}年　<a href="#" style="color:#fff">无障碍浏览</a>　<a href="#" style="color:#fff">长者模式</a></div>
<div class="banner">{p['site']}</div>
<div class="nav"><ul>{navh}</ul></div>
<div class="wrap">
<div class="crumb">当前位置：{crumbs} > 正文</div>
<h1>{p['title']}</h1>
<div class="info">{info}</div>
<div class="{cls}">
{content}
</div>
<div class="share">分享到：微信 微博 QQ空间　【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
{footer(p['site'], code, icp, gab)}
</body>
</html>
"""


def facts_p(t, style=""):
    return (f'<p{style}>项目名称：{esc(t["project"])}</p>\n<p{style}>主管部门：{t["dept"]}</p>\n'
            f'<p{style}>实施单位：{t["unit"]}</p>\n<p{style}>项目资金：{t["amount"]}万元</p>')


# ----------------------------------------------------------------------------------------------------------------
# 01: a Word "Save as web page" document, GBK
# ----------------------------------------------------------------------------------------------------------------
def word_runs(text, size="10.5pt"):
    out = []
    for seg in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if re.match(r"[\x00-\x7f]", seg):
            out.append("<span lang=EN-US style='font-size:%s'>%s</span>" % (size, H.escape(seg, quote=False)))
        else:
            out.append("<span style='font-size:%s;font-family:宋体;mso-ascii-font-family:\"Times New Roman\";"
                       "mso-hansi-font-family:\"Times New Roman\"'>%s</span>" % (size, H.escape(seg, quote=False)))
    return "".join(out)


def word_cell(text, width, attrs="", top=False, bold=False, align="center"):
    bt = "border:solid windowtext 1.0pt;" if top else "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
    inner = word_runs(text) if text else ""
    if bold and inner:
        inner = "<b>" + inner + "</b>"
    return (f"<td width={width}{attrs} valign=center style='width:{width * 0.75:.1f}pt;{bt}"
            f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
            f"<p class=MsoNormal align={align} style='text-align:{align}'>{inner}<span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n</td>")


def page01(p):
    t = p["tables"][0]
    W = {"l1": 80, "l2": 96, "name": 200, "val": 150}

    def td(role, text, attrs):
        return word_cell(text, W[role], attrs, align="left" if role == "name" else "center")
    rows = body_rows(t, td, tr=lambda r, i: f"<tr style='mso-yfti-irow:{i + 4};height:22.7pt'>")
    blk = []
    for i, (k, v) in enumerate([("项目名称", t["project"]), ("主管部门", t["dept"]), ("实施单位", t["unit"]),
                                ("项目资金（万元）", t["amount"])]):
        blk.append(f"<tr style='mso-yfti-irow:{i};height:22.7pt'>" + word_cell(k, 176, " colspan=2", top=(i == 0), bold=True)
                   + word_cell(v, 350, " colspan=2", top=(i == 0), align="left") + "</tr>")
    blk.append("<tr style='mso-yfti-irow:4'>" + word_cell("年度总体目标", 176, " colspan=2", bold=True) + word_cell(
        "加强全县在用电梯安全监管，完成在用电梯监督检查全覆盖，推进电梯应急处置平台建设，提升电梯困人救援效率，"
        "全年不发生较大以上电梯安全事故。", 350, " colspan=2", align="left") + "</tr>")
    head = "<tr style='mso-yfti-irow:5'>" + "".join(
        word_cell(x, W[k], bold=True) for k, x in [("l1", "一级指标"), ("l2", "二级指标"), ("name", "三级指标"),
                                                   ("val", "指标值")]) + "</tr>"
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="01_dianti.files/filelist.xml">
<title>{p['title']}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>jxsjj</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Created>2025-02-17T08:12:00Z</o:Created>
  <o:Pages>1</o:Pages>
  <o:Company>Microsoft</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;}}
@font-face
	{{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}}
span.SpellE
	{{mso-style-name:"";
	mso-spl-e:yes;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:等线;}}
 /* Page Definitions */
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:10.5pt;
	font-family:等线;}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

<p class=MsoNormal><span style='font-size:12.0pt;font-family:黑体'>附件<span lang=EN-US>2</span></span></p>

<p class=MsoNormal align=center style='text-align:center'><b><span
style='font-size:16.0pt;font-family:方正小标宋简体'>项目支出绩效目标表</span></b></p>

<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US
style='font-size:12.0pt;font-family:楷体'>（{p['year']}</span><span style='font-size:12.0pt;font-family:楷体'>年度）</span></p>

<p class=MsoNormal align=right style='text-align:right'><span style='font-size:10.5pt;font-family:宋体'>填报单位（盖章）：{t['dept']}　　单位：万元</span></p>

<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=526
 style='width:394.5pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
{"".join(blk)}
{head}
{rows}
</table>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

<p class=MsoNormal><span style='font-family:宋体'>填报人：李文涛　　联系电话：<span lang=EN-US>0871-6612</span>3305</span></p>

</div>

</body>

</html>
"""


# ----------------------------------------------------------------------------------------------------------------
# 02: WPS 表格 (ET) html pasted into the article
# ----------------------------------------------------------------------------------------------------------------
def page02(p):
    t = p["tables"][0]
    cls = {"sn": "et3", "l1": "et3", "l2": "et3", "name": "et4", "num": "et5", "unit": "et3", "rem": "et4"}

    def td(role, text, attrs):
        xv = " x:num" if re.fullmatch(r"[\d.]+", text or "") else " x:str"
        return f'<td class="{cls[role]}"{attrs}{xv}>{esc(text)}</td>' if text else f'<td class="{cls[role]}"{attrs}></td>'
    rows = body_rows(t, td, order="sn l1 l2 name num unit rem".split(),
                     tr=lambda r, i: "<tr height=\"32\" style='height:24.00pt;'>")
    tbl = f"""<!--StartFragment-->
<style>
.et2{{text-align:center;font-size:16pt;font-weight:700;font-family:方正小标宋简体;border:none}}
.et3{{text-align:center;vertical-align:middle;white-space:normal;font-size:11pt;font-family:宋体;mso-font-charset:134;border:.5pt solid #000000;mso-protection:locked visible}}
.et4{{text-align:left;vertical-align:middle;white-space:normal;font-size:11pt;font-family:宋体;mso-font-charset:134;border:.5pt solid #000000}}
.et5{{text-align:center;vertical-align:middle;font-size:11pt;font-family:宋体;border:.5pt solid #000000;mso-number-format:"General"}}
.et6{{text-align:center;vertical-align:middle;font-size:11pt;font-weight:700;font-family:黑体;border:.5pt solid #000000;background:#D9E1F2}}
</style>
<table width="700" border="0" cellpadding="0" cellspacing="0" style='width:525.00pt;border-collapse:collapse;table-layout:fixed;'>
 <col width="40" style='mso-width-source:userset;mso-width-alt:1280;'/>
 <col width="82" span="2" style='mso-width-source:userset;mso-width-alt:2624;'/>
 <col width="230" style='mso-width-source:userset;mso-width-alt:7360;'/>
 <col width="120" style='mso-width-source:userset;mso-width-alt:3840;'/>
 <col width="62" style='mso-width-source:userset;mso-width-alt:1984;'/>
 <col width="84" style='mso-width-source:userset;mso-width-alt:2688;'/>
 <tr height="44" style='height:33.00pt;'>
  <td class="et2" height="44" width="700" colspan="7" style='height:33.00pt;width:525.00pt;' x:str>{t['project']}绩效目标表</td>
 </tr>
 <tr height="32" style='height:24.00pt;'>
  <td class="et6" x:str>序号</td><td class="et6" x:str>一级指标</td><td class="et6" x:str>二级指标</td><td class="et6" x:str>三级指标</td><td class="et6" x:str>指标值</td><td class="et6" x:str>计量单位</td><td class="et6" x:str>备注</td>
 </tr>
{rows}
</table>
<!--EndFragment-->"""
    content = f"""<div class="article-content" id="zoom">
<p style="text-indent:2em">根据《淏川县县级预算绩效目标管理办法》要求，现将我局{p['year']}年地名标志设置及地名文化保护项目绩效目标公开如下：</p>
<p style="text-indent:2em">项目名称：{t['project']}；主管部门：{t['dept']}；实施单位：{t['unit']}；项目资金：{t['amount']}万元。</p>
<p style="text-indent:2em">年度绩效目标：完成城区道路街巷及村（社区）地名标志设置，更新地名信息库，加强地名文化保护。</p>
{tbl}
<p style="text-indent:2em">附件：<a href="#">淏川县2025年地名标志设置项目绩效目标表.et</a></p>
</div>"""
    return portal(p, content, crumbs="首页 > 信息公开 > 法定主动公开内容 > 财政预决算", cls="detail",
                  code="5326230011", icp="滇ICP备05004321号-2", gab="滇公网安备 53262302000118号")


# ----------------------------------------------------------------------------------------------------------------
# 03: old layout site, the KindEditor table inside a td of the layout table
# ----------------------------------------------------------------------------------------------------------------
def page03(p):
    t = p["tables"][0]
    ctr = ' style="text-align:center;"'
    rows = body_rows(t, lambda role, text, attrs: "<td%s%s>%s<br />\n</td>" % (attrs, ctr if role != "name" else "", esc(text)))
    menu = "".join(f'<tr><td height="30" class="menu">· <a href="#">{x}</a></td></tr>' for x in
                   ["团委简介", "工作动态", "青年之家", "志愿服务", "通知公告", "财务公开"])
    tbl = f"""<table style="width:100%;" cellpadding="2" cellspacing="0" border="1" bordercolor="#000000">
<tbody>
<tr><td colspan="4" style="text-align:center;"><strong>{p['year']}年项目支出绩效目标表</strong><br />\n</td></tr>
<tr><td style="text-align:center;">项目名称<br />\n</td><td colspan="3">{esc(t['project'])}<br />\n</td></tr>
<tr><td style="text-align:center;">主管部门<br />\n</td><td colspan="3">{t['dept']}<br />\n</td></tr>
<tr><td style="text-align:center;">实施单位<br />\n</td><td colspan="3">{t['unit']}<br />\n</td></tr>
<tr><td style="text-align:center;">项目资金<br />\n</td><td colspan="3">{t['amount']}万元<br />\n</td></tr>
<tr><td style="text-align:center;"><strong>一级指标</strong><br />\n</td><td style="text-align:center;"><strong>二级指标</strong><br />\n</td><td style="text-align:center;"><strong>三级指标</strong><br />\n</td><td style="text-align:center;"><strong>指标值</strong><br />\n</td></tr>
{rows}
</tbody>
</table>"""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{p['title']}</title>
<style type="text/css">
body{{margin:0;font-size:12px;font-family:宋体,"Noto Serif CJK SC",serif}}
.menu{{border-bottom:1px dotted #ccc;padding-left:10px}}
.title{{font-size:20px;font-weight:bold;color:#c00;text-align:center;line-height:40px}}
.ke-content td{{font-size:13px;line-height:22px}}
</style>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="90" bgcolor="#D7000F" style="color:#fff;font-size:28px;font-weight:bold;padding-left:30px">共青团澔阳市委员会</td></tr>
<tr><td height="32" bgcolor="#A8000B" style="color:#fff">　<a href="#" style="color:#fff">首页</a> | <a href="#" style="color:#fff">团青动态</a> | <a href="#" style="color:#fff">政务公开</a> | <a href="#" style="color:#fff">青少年服务</a> | <a href="#" style="color:#fff">联系我们</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="200" valign="top" bgcolor="#F6F6F6">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="36" bgcolor="#D7000F" style="color:#fff;font-weight:bold;padding-left:10px">政务公开</td></tr>
{menu}
</table>
</td>
<td width="20">&nbsp;</td>
<td width="760" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" style="border-bottom:1px solid #D7000F">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">财务公开</a></td></tr>
<tr><td class="title">{p['title']}</td></tr>
<tr><td align="center" style="color:#999">作者：市团委办公室　　发布时间：{p['date']}　　点击数：486</td></tr>
<tr><td class="ke-content" style="padding:15px 10px;line-height:24px">
<p>　　为加强预算绩效管理，现将{t['project']}绩效目标公开如下。</p>
{tbl}
<p>　　联系电话：0736-8223107</p>
</td></tr>
</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center" bgcolor="#EEEEEE">版权所有：共青团澔阳市委员会　地址：澔阳市人民路88号　<a href="#">湘ICP备12003456号</a><br />技术支持：澔阳市网络信息中心</td></tr>
</table>
</body>
</html>
"""


# ----------------------------------------------------------------------------------------------------------------
# 04: <thead> table with 计算符号/指标值/计量单位
# ----------------------------------------------------------------------------------------------------------------
def page04(p):
    t = p["tables"][0]
    rows = body_rows(t, simple_td)
    css = """.article table{border-collapse:collapse;width:100%;margin:12px 0}
.article th,.article td{border:1px solid #444;padding:6px 8px;font-size:14px}
.article th{background:#e8eef7}"""
    content = f"""{facts_p(t)}
<p>年度绩效目标：深入开展“八五”普法，推动普法宣传向乡村延伸，提升群众法治意识，创建一批民主法治示范村（社区）。</p>
<table>
<thead>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>计算符号</th><th>指标值</th><th>计量单位</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p style="text-align:right">浛口县司法局<br>{p['date'][:4]}年2月27日</p>"""
    return portal(p, content, css=css, code="4305250021", icp="湘ICP备16008812号", gab="湘公网安备 43052502000091号")


# ----------------------------------------------------------------------------------------------------------------
# 05: 指标性质 column, unruled table
# ----------------------------------------------------------------------------------------------------------------
def page05(p):
    t = p["tables"][0]
    rows = body_rows(t, simple_td, order="sn l1 l2 name op num unit".split())
    css = """.zw table{border:none;border-collapse:collapse;width:100%}
.zw td,.zw th{border:none;padding:5px 6px;font-size:14px;text-align:center}
.zw th{font-weight:bold;color:#1a4b8c}"""
    content = f"""<p>　　项目名称：{t['project']}</p>
<p>　　主管部门：{t['dept']}　　实施单位：{t['unit']}</p>
<p>　　项目资金：{t['amount']}万元（其中县级财政资金1,201.20万元）</p>
<p>　　绩效目标：完成城区286万平方米绿地的日常养护，提升绿化景观品质，改善市民游园休憩环境。</p>
<table>
<tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标性质</th><th>指标值</th><th>度量单位</th></tr>
{rows}
</table>"""
    return portal(p, content, css=css, cls="zw", crumbs="首页 > 政务公开 > 部门预算", code="3607350004",
                  icp="赣ICP备17001245号", gab="赣公网安备 36073502000067号")


# ----------------------------------------------------------------------------------------------------------------
# 06: twin value columns under a colspan header
# ----------------------------------------------------------------------------------------------------------------
def page06(p):
    t = p["tables"][0]
    rows = body_rows(t, simple_td)
    css = """.con table{border-collapse:collapse;width:100%}
.con td,.con th{border:1px solid #333;padding:4px 6px;font-size:13px}"""
    content = f"""<table>
<tbody>
<tr><th colspan="5">项目绩效目标申报表</th></tr>
<tr><td>项目名称</td><td colspan="4">{t['project']}</td></tr>
<tr><td>主管部门</td><td colspan="2">{t['dept']}</td><td>实施单位</td><td>{t['unit']}</td></tr>
<tr><td>项目实施期</td><td colspan="4">2025年1月—2027年12月</td></tr>
<tr><td>资金情况（万元）</td><td colspan="2">实施期资金总额：{t['amount']}</td><td colspan="2">年度资金总额：1,120.00</td></tr>
<tr><td>实施期总目标</td><td colspan="4">三年完成9处地质灾害隐患点工程治理，搬迁避让受威胁群众450户以上，建成覆盖全县的普适型监测预警网络。</td></tr>
<tr><td>年度目标</td><td colspan="4">完成3处工程治理和150户搬迁避让，汛前完成全县隐患点排查。</td></tr>
</tbody>
</table>
<table>
<thead>
<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th><th colspan="2">指标值</th></tr>
<tr><th>实施期指标值</th><th>年度指标值</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>"""
    return portal(p, content, css=css, cls="con", code="5227310008", icp="黔ICP备15009981号",
                  gab="黔公网安备 52273102000045号")


# ----------------------------------------------------------------------------------------------------------------
# 07: 绩效自评表
# ----------------------------------------------------------------------------------------------------------------
def page07(p):
    t = p["tables"][0]
    rows = body_rows(t, simple_td)
    css = """.TRS_UEDITOR table{border-collapse:collapse;width:100%}
.TRS_UEDITOR td{border:1px solid #000;padding:4px;font-size:13px;text-align:center;word-break:break-all}"""
    content = f"""<div class="TRS_UEDITOR trs_paper_default trs_web">
<p style="text-indent:2em">按照县财政局关于开展{p['year']}年度项目支出绩效自评工作的通知要求，我办对{t['project']}开展了绩效自评，现将自评结果公开如下。</p>
<table data-sort="sortDisabled">
<tbody>
<tr class="firstRow"><td colspan="8"><strong>项目支出绩效自评表</strong><br/>（{p['year']}年度）</td></tr>
<tr><td colspan="2">项目名称</td><td colspan="6">{t['project']}</td></tr>
<tr><td colspan="2">主管部门</td><td colspan="2">{t['dept']}</td><td colspan="2">实施单位</td><td colspan="2">{t['unit']}</td></tr>
<tr><td colspan="2" rowspan="3">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率/得分</td></tr>
<tr><td>年度资金总额</td><td>76.80</td><td>76.80</td><td>74.52</td><td>10</td><td>97.03%/9.70</td></tr>
<tr><td>其中：当年财政拨款</td><td>76.80</td><td>76.80</td><td>74.52</td><td>—</td><td>—</td></tr>
<tr><td colspan="2" rowspan="2">年度总体目标</td><td colspan="3">预期目标</td><td colspan="3">实际完成情况</td></tr>
<tr><td colspan="3">走访慰问困难归侨侨眷320户以上，建设“侨胞之家”4个，开展侨务政策宣讲12场。</td><td colspan="3">走访慰问336户，建成“侨胞之家”3个，开展宣讲12场。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度目标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
{rows}
<tr><td colspan="5">总分</td><td>100</td><td>98.45</td><td></td></tr>
</tbody>
</table>
<p style="text-indent:2em">自评结论：该项目绩效自评得分98.45分，等级为“优”。</p>
</div>"""
    return portal(p, content, css=css, cls="zw", crumbs="首页 > 政府信息公开 > 财政预决算 > 绩效评价",
                  code="4409250013", icp="粤ICP备13024567号", gab="粤公网安备 44092502000132号")


# ----------------------------------------------------------------------------------------------------------------
# 08: 部门整体支出绩效目标表, side label 年度履职目标
# ----------------------------------------------------------------------------------------------------------------
def page08(p):
    t = p["tables"][0]
    rows = parse_rows(t)
    body = body_rows(t, simple_td)
    # the side label spans the header row + all indicator rows
    first, rest = body.split("\n", 1)
    side = f'<td rowspan="{len(rows) + 1}" style="width:28px">年度履职目标</td>'
    css = """.bmzt table{border-collapse:collapse;width:100%;page-break-inside:auto}
.bmzt td,.bmzt th{border:1px solid #000;padding:14px 8px;font-size:15px}
.bmzt tr{page-break-inside:avoid}
.bmzt thead{display:table-header-group}"""
    content = f"""<p style="text-indent:2em">根据预算绩效管理工作安排，现将洣川县中医药发展服务中心{p['year']}年部门整体支出绩效目标公开如下：</p>
<table>
<thead>
<tr><th colspan="5">部门整体支出绩效目标表（{p['year']}年度）</th></tr>
</thead>
<tbody>
<tr><td colspan="2">部门（单位）名称</td><td colspan="3">{t['dept']}</td></tr>
<tr><td colspan="2" rowspan="3">年度预算申请（万元）</td><td>资金总额</td><td colspan="2">{t['amount']}</td></tr>
<tr><td>其中：财政拨款</td><td colspan="2">598.35</td></tr>
<tr><td>其他资金</td><td colspan="2">44.00</td></tr>
<tr><td colspan="2" rowspan="4">年度主要任务</td><td>任务名称</td><td>主要内容</td><td>预算金额（万元）</td></tr>
<tr><td>基层中医馆建设</td><td>新建乡镇卫生院中医馆6个</td><td>180.00</td></tr>
<tr><td>中医药人才培养</td><td>适宜技术推广培训、名老中医传承工作室建设</td><td>96.50</td></tr>
<tr><td>中医药文化宣传</td><td>中医药文化进校园、进社区</td><td>32.00</td></tr>
<tr><td colspan="2">年度总体目标</td><td colspan="3">健全县乡村三级中医药服务网络，实现乡镇卫生院中医馆全覆盖，提升基层中医药服务能力和群众中医药健康文化素养。</td></tr>
<tr>{side}<td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
{first}
{rest}
</tbody>
</table>"""
    return portal(p, content, css=css, cls="bmzt", crumbs="首页 > 部门信息公开 > 县卫生健康局 > 财政资金",
                  code="4302250009", icp="湘ICP备18002233号", gab="湘公网安备 43022502000210号")


# ----------------------------------------------------------------------------------------------------------------
# 09: 2-row thead with <br> in the labels
# ----------------------------------------------------------------------------------------------------------------
def page09(p):
    t = p["tables"][0]
    rows = body_rows(t, simple_td, order="sn l1 l2 name val rem".split())
    css = """.TRS_Editor table{border-collapse:collapse;width:100%}
.TRS_Editor td,.TRS_Editor th{border:1px solid #555;padding:5px;font-size:14px;text-align:center}"""
    content = f"""<div class="TRS_Editor">
<p>　　一、项目名称：{t['project']}</p>
<p>　　二、主管部门：{t['dept']}；实施单位：{t['unit']}</p>
<p>　　三、项目资金：{t['amount']}万元</p>
<p>　　四、绩效目标表</p>
<table>
<thead>
<tr><th rowspan="2">序<br>号</th><th colspan="3">绩效指标</th><th rowspan="2">指标值</th><th rowspan="2">备<br>注</th></tr>
<tr><th>一级<br>指标</th><th>二级<br>指标</th><th>三级<br>指标</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
</div>"""
    return portal(p, content, css=css, cls="zw", code="3416230017", icp="皖ICP备14011129号",
                  gab="皖公网安备 34162302000088号")


# ----------------------------------------------------------------------------------------------------------------
# 10: zebra rows, no ruling lines, full-width digits
# ----------------------------------------------------------------------------------------------------------------
def page10(p):
    t = p["tables"][0]
    rows = body_rows(t, simple_td, order="sn l1 l2 name val".split())
    css = """@page{size:A4;margin:14mm}
.zebra{border-collapse:collapse;width:100%;border:none}
.zebra th{background:#2f6b3f;color:#fff;padding:7px;border:none}
.zebra td{padding:6px 8px;border:none;font-size:14px}
.zebra tbody tr:nth-child(even){background:#eef5ee}
.zebra tbody tr:nth-child(odd){background:#ffffff}
.zebra,.zebra th,.zebra tr{-webkit-print-color-adjust:exact;print-color-adjust:exact}"""
    content = f"""<p>项目名称：{t['project']}</p>
<p>主管部门：{t['dept']}　　实施单位：{t['unit']}</p>
<p>项目资金：１５８．７０万元</p>
<table class="zebra">
<thead><tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>　　（注：本表数值按项目申报书原样公开。）</p>"""
    return portal(p, content, css=css, cls="article", code="3508250006", icp="闽ICP备19004422号",
                  gab="闽公网安备 35082502000056号")


# ----------------------------------------------------------------------------------------------------------------
# 11: one small table per 一级指标
# ----------------------------------------------------------------------------------------------------------------
def page11(p):
    t = p["tables"][0]
    rows = parse_rows(t)
    css = """.fenbiao table{border:none;border-collapse:collapse;width:100%;margin-bottom:14px}
.fenbiao td{border:none;padding:5px 8px;font-size:14px}
.fenbiao .cap td{font-weight:bold;color:#0b4f8a;font-size:15px}
.fenbiao .hd td{font-weight:bold;background:#f0f3f8}"""
    parts = []
    groups = []
    for r in rows:
        if r["l1_first"]:
            groups.append([])
        groups[-1].append(r)
    for gi, g in enumerate(groups):
        sub = dict(t)
        sub["rows"] = "\n".join("|".join([""] + [g_r["cells"][k] for k in ("l2", "name", "val")]) if i else
                                "|".join([g_r["l1"]] + [g_r["cells"][k] for k in ("l2", "name", "val")])
                                for i, g_r in enumerate(g))
        body = body_rows(sub, simple_td, l1col=False)
        parts.append(f"""<table>
<tr class="cap"><td colspan="3">{"一二三"[gi]}、{g[0]['l1']}</td></tr>
<tr class="hd"><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
{body}
</table>""")
    content = f"""<p>　　项目名称：{t['project']}</p>
<p>　　主管部门：{t['dept']}　　实施单位：{t['unit']}</p>
<p>　　项目资金：{t['amount']}万元</p>
<p>　　年度绩效目标：保障2860套公租房正常运营，做好新增保障家庭配租和租赁补贴发放，实现城镇中低收入住房困难家庭应保尽保。</p>
<p>　　绩效指标：</p>
<div class="fenbiao">
{chr(10).join(parts)}
</div>"""
    return portal(p, content, css=css, cls="article", code="4128250003", icp="豫ICP备15007741号",
                  gab="豫公网安备 41282502000139号")


# ----------------------------------------------------------------------------------------------------------------
# 12: two tables, caption row 单位：万元, &nbsp; cells
# ----------------------------------------------------------------------------------------------------------------
def page12(p):
    css = """.zoom table{border-collapse:collapse;width:100%}
.zoom td{border:1px solid #333;padding:8px 6px;font-size:14px}"""
    parts = []
    for i, t in enumerate(p["tables"]):
        rows = body_rows(t, lambda role, text, attrs: f"<td{attrs}>{esc(text) if text else '&nbsp;'}</td>")
        parts.append(f"""<p><strong>{"一二"[i]}、{t['project']}</strong></p>
<table border="1" cellspacing="0" cellpadding="0">
<tr><td colspan="5" style="border:none;text-align:right">单位：万元</td></tr>
<tr><td>项目名称</td><td colspan="2">{t['project']}</td><td>项目资金</td><td>{t['amount']}</td></tr>
<tr><td>主管部门</td><td colspan="2">{t['dept']}</td><td>实施单位</td><td>{t['unit']}</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>备注</td></tr>
{rows}
<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>""")
    content = f"""<div class="zoom" id="zoom">
<p>　　根据《潏川县财政局关于做好{p['year']}年预算绩效目标公开工作的通知》，现将我局两个项目的绩效目标公开如下：</p>
{chr(10).join(parts)}
</div>"""
    return portal(p, content, css=css + "\n@page{size:A4;margin:16mm}", cls="article", code="6107290002",
                  icp="陕ICP备12006358号", gab="陕公网安备 61072902000027号")


# ----------------------------------------------------------------------------------------------------------------
# 13: KindEditor table, 其中： names, 备注
# ----------------------------------------------------------------------------------------------------------------
def page13(p):
    t = p["tables"][0]
    rows = body_rows(t, lambda role, text, attrs: f'<td{attrs}>{esc(text)}</td>')
    css = """.ke-zeroborder{border-collapse:collapse;width:96%;margin:0 auto}
.ke-zeroborder td{border:1px solid #999;padding:5px;font-size:14px}"""
    content = f"""<div class="bt_content" id="zoom">
<p style="text-indent:2em">为保障困境儿童基本生活，加强未成年人保护，{t['dept']}{p['year']}年实施{t['project']}，项目资金{t['amount']}万元，实施单位为{t['unit']}。项目绩效目标如下：</p>
<table class="ke-zeroborder" bordercolor="#000000" cellspacing="0" cellpadding="2" border="0">
<tbody>
<tr><td style="text-align:center;"><b>一级指标</b></td><td style="text-align:center;"><b>二级指标</b></td><td style="text-align:center;"><b>三级指标</b></td><td style="text-align:center;"><b>指标值</b></td><td style="text-align:center;"><b>备注</b></td></tr>
{rows}
</tbody>
</table>
<p style="text-indent:2em">监督电话：0917-4521866</p>
</div>"""
    return portal(p, content, css=css, cls="article", code="6103270015", icp="陕ICP备13002210号",
                  gab="陕公网安备 61032702000094号")


# ----------------------------------------------------------------------------------------------------------------
# 14: TRS_Editor, project block with 单位：万元 caption row, one display:none row
# ----------------------------------------------------------------------------------------------------------------
def page14(p):
    t = p["tables"][0]
    rows = body_rows(t, lambda role, text, attrs: f'<td{attrs} style="border:1px solid #000">{esc(text)}</td>')
    content = f"""<div class="TRS_Editor"><div class="Custom_UnionStyle">
<p align="center"><strong>项目支出绩效目标表</strong></p>
<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">
<tbody>
<tr><td colspan="4" align="right" style="border:none">单位：万元</td></tr>
<tr><td style="border:1px solid #000">项目名称</td><td colspan="3" style="border:1px solid #000">{t['project']}</td></tr>
<tr><td style="border:1px solid #000">主管部门</td><td style="border:1px solid #000">{t['dept']}</td><td style="border:1px solid #000">实施单位</td><td style="border:1px solid #000">{t['unit']}</td></tr>
<tr><td style="border:1px solid #000">项目资金</td><td colspan="3" style="border:1px solid #000">{t['amount']}</td></tr>
<tr><td style="border:1px solid #000">年度绩效目标</td><td colspan="3" style="border:1px solid #000">完成42家重点监管单位土壤污染隐患排查，开展120个点位土壤环境质量监测，受污染耕地安全利用率达到93%以上。</td></tr>
<tr><td style="border:1px solid #000"><strong>一级指标</strong></td><td style="border:1px solid #000"><strong>二级指标</strong></td><td style="border:1px solid #000"><strong>三级指标</strong></td><td style="border:1px solid #000"><strong>指标值</strong></td></tr>
{rows}
</tbody>
</table>
</div></div>"""
    return portal(p, content, cls="article", code="6103000027", icp="陕ICP备11003342号",
                  gab="陕公网安备 61030002000301号")


# ----------------------------------------------------------------------------------------------------------------
# 15: three-line table
# ----------------------------------------------------------------------------------------------------------------
def page15(p):
    t = p["tables"][0]
    rows = body_rows(t, simple_td)
    css = """.sanxian{border-collapse:collapse;width:100%;border-top:2px solid #000;border-bottom:2px solid #000}
.sanxian th{border-bottom:1px solid #000;padding:6px;font-size:14px}
.sanxian td{border:none;padding:5px 6px;font-size:14px}"""
    content = f"""<p>　　项目名称：{t['project']}</p>
<p>　　主管部门：{t['dept']}</p>
<p>　　实施单位：{t['unit']}</p>
<p>　　项目资金：{t['amount']}万元</p>
<p>　　项目绩效目标：完成全县基干民兵年度军事训练和应急专业分队集训，提升民兵应急力量遂行急难险重任务能力。</p>
<table class="sanxian">
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
    return portal(p, content, css=css, cls="article", code="4508810012", icp="桂ICP备16002578号",
                  gab="桂公网安备 45088102000076号")


# ----------------------------------------------------------------------------------------------------------------
# 16: two tables, 2021 scheme, &nbsp; cells, unruled
# ----------------------------------------------------------------------------------------------------------------
def page16(p):
    css = """.nb table{border:none;border-collapse:collapse;width:100%;margin-bottom:10px}
.nb td,.nb th{border:none;padding:6px 8px;font-size:14px;text-align:left}
.nb th{background:#e3ecd9}"""
    parts = []
    for i, t in enumerate(p["tables"]):
        rows = body_rows(t, lambda role, text, attrs: f"<td{attrs}>{esc(text) if text else '&nbsp;'}</td>")
        parts.append(f"""<p><b>项目{i + 1}：{t['project']}</b></p>
<p>主管部门：{t['dept']}　实施单位：{t['unit']}　项目资金：{t['amount']}万元</p>
<table>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>备注</th></tr>
{rows}
</table>""")
    content = f"""<div class="nb">
<p>　　现将我局{p['year']}年农业保险相关项目绩效目标公开如下：</p>
{chr(10).join(parts)}
</div>"""
    return portal(p, content, css=css, cls="article", code="4310230004", icp="湘ICP备17006615号",
                  gab="湘公网安备 43102302000058号")


RENDER = {p["id"]: globals()["page" + p["id"]] for p in DATA}


def html_name(p):
    return "%s_%s.html" % (p["id"], p["topic"])


def write_pages(srcdir):
    for p in DATA:
        h = RENDER[p["id"]](p)
        path = os.path.join(srcdir, html_name(p))
        if p["id"] == "01":
            # Word saves a Chinese document as gb2312 and writes what gb2312 lacks (溍) as a character reference
            with open(path, "wb") as f:
                f.write(h.replace("\n", "\r\n").encode("gb2312", errors="xmlcharrefreplace"))
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(h)


if __name__ == "__main__":
    src = sys.argv[1] if len(sys.argv) > 1 else HERE
    gold = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "../../../../corpus/gold/pagetext-heldout41.jsonl")
    write_pages(src)
    write_gold(gold)
    print("pages:", len(DATA), "rows:", len(expected_rows()))
