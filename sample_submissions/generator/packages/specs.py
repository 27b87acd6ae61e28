"""Every package, archive and loose attachment of the sample corpus, written out by hand.

A package's plan is an existing loose sample moved in (its truth moves with it); the letters name exactly the
plan's members as its truth lists them, unless a package says which member its letter leaves out.
"""

from __future__ import annotations

from .model import Archive, Commitment, Consortium, CoverNote, Letter, Licence, Member, NearDuplicate, Package

LICENCE_NAME = "营业执照（扫描件）.jpg"

FOLDER_PACKAGES: tuple[Package, ...] = (
    Package(
        district="临安区", folder="浙江省高端光纤传感器件创新联合体",
        plan="临安区/浙江省高端光纤传感器件创新联合体实施方案.docx",
        letter=Letter("组建意向书.docx", "table", "2022年11月8日"),
        commitment=Commitment("诚信承诺书.docx", "2022年11月14日"),
        licence=Licence("钱伟明", "有限责任公司（自然人投资或控股）", "捌仟伍佰万元整", "2011年06月20日",
                        "浙江省杭州市临安区青山湖街道大园路", "光纤传感器件、光电子器件的研发、制造、销售；技术服务、"
                        "技术开发、技术咨询、技术交流、技术转让、技术推广；货物进出口。",
                        "杭州市临安区市场监督管理局", "2021年09月03日"),
        seed=101,
    ),
    Package(
        district="上城区", folder="浙江省医学影像人工智能创新联合体",
        plan="上城区/浙江省医学影像人工智能创新联合体实施方案.pdf",
        letter=Letter("组建意向书.pdf", "parties", "2022年11月9日", missing="杭州鼓楼数据科技有限公司"),
        commitment=Commitment("诚信承诺书.pdf", "2022年11月15日"),
        licence=Licence("陈立明", "有限责任公司（自然人投资或控股）", "壹亿贰仟万元整", "2014年03月11日",
                        "浙江省杭州市上城区九堡街道", "第二类、第三类医疗器械生产、经营；软件开发；人工智能应用软件开发；"
                        "技术服务、技术开发、技术咨询、技术转让。",
                        "杭州市上城区市场监督管理局", "2022年01月17日"),
        seed=102,
    ),
    Package(
        district="临平区", folder="浙江省功能性家纺面料创新联合体",
        plan="临平区/浙江省功能性家纺面料创新联合体实施方案.doc",
        letter=Letter("组建意向书（盖章扫描件）.pdf", "blocks", "2022年11月7日", scanned=True),
        commitment=Commitment("诚信承诺书.docx", "2022年11月14日"),
        licence=Licence("蒋志刚", "其他股份有限公司（非上市）", "贰亿元整", "2006年08月02日",
                        "浙江省杭州市临平区东湖街道", "面料纺织加工；功能性纤维、家用纺织制成品的研发、制造、销售；"
                        "技术服务、技术开发；货物进出口。",
                        "杭州市临平区市场监督管理局", "2020年11月26日"),
        seed=103,
    ),
    Package(
        district="富阳区", folder="浙江省数据中心液冷与算力网络创新联合体",
        plan="富阳区/浙江省数据中心液冷与算力网络创新联合体实施方案.docx",
        plan_copy="浙江省数据中心液冷与算力网络创新联合体实施方案（盖章扫描件）.pdf",
        letter=Letter("组建意向书.docx", "parties", "2022年11月10日"),
        commitment=Commitment("诚信承诺书.docx", "2022年11月15日"),
        licence=Licence("孙浩然", "其他股份有限公司（非上市）", "叁亿陆仟万元整", "2015年05月18日",
                        "浙江省杭州市富阳区银湖街道", "计算机软硬件及辅助设备研发、制造、销售；数据处理和存储支持服务；"
                        "制冷、空调设备制造；信息系统集成服务。",
                        "杭州市富阳区市场监督管理局", "2022年04月08日"),
        seed=104,
    ),
    Package(
        district="钱塘区", folder="浙江省稀土永磁功能材料创新联合体",
        plan="钱塘区/浙江省稀土永磁功能材料创新联合体实施方案.pdf",
        letter=Letter("组建意向书.docx", "table", "2022年11月4日"),
        commitment=Commitment("诚信承诺书.pdf", "2022年11月12日"),
        licence=Licence("潘志强", "其他股份有限公司（非上市）", "壹亿伍仟万元整", "2008年10月09日",
                        "浙江省杭州市钱塘区下沙街道福城路501号", "磁性材料生产、销售；稀土功能材料销售；电机制造；"
                        "技术服务、技术开发、技术咨询。",
                        "杭州市钱塘区市场监督管理局", "2021年12月30日"),
        seed=105,
    ),
    Package(
        district="建德市", folder="浙江省生物基可降解材料创新联合体",
        plan=None,
        consortium=Consortium(
            "浙江省生物基可降解材料创新联合体", "建德新禾生物材料股份有限公司",
            (Member("建德新禾生物材料股份有限公司", "enterprise"), Member("浙江工业大学", "university"),
             Member("中国科学院宁波材料技术与工程研究所", "institute"),
             Member("杭州绿源包装制品有限公司", "enterprise"),
             Member("建德市质量技术监督检测中心", "service")),
        ),
        letter=Letter("组建意向书.docx", "blocks", "2022年11月11日"),
        commitment=Commitment("诚信承诺书.docx", "2022年11月16日"),
        licence=Licence("许建国", "其他股份有限公司（非上市）", "壹亿元整", "2012年07月25日",
                        "浙江省杭州市建德市新安江街道", "生物基材料制造、销售；塑料制品制造；技术服务、技术开发。",
                        "建德市市场监督管理局", "2022年02月21日"),
        seed=106,
    ),
)

ARCHIVES: tuple[Archive, ...] = (
    Archive("萧山区/线控底盘创新联合体申报材料.zip", "zip", (
        Package(
            district="萧山区", folder="浙江省新能源汽车线控底盘创新联合体",
            plan="萧山区/浙江省新能源汽车线控底盘创新联合体实施方案.docx",
            letter=Letter("组建意向书.pdf", "parties", "2022年11月8日"),
            commitment=Commitment("诚信承诺书.docx", "2022年11月15日"),
            seed=201,
        ),
    )),
    Archive("拱墅区/拱墅区创新联合体申报材料.zip", "zip-gbk", (
        Package(
            district="拱墅区", folder="浙江省工业视觉大模型创新联合体",
            plan="拱墅区/浙江省工业视觉大模型创新联合体实施方案.pdf",
            letter=Letter("组建意向书.docx", "blocks", "2022年11月9日"),
            commitment=None,
            seed=202,
        ),
        Package(
            district="拱墅区", folder="浙江省数字文化内容生成创新联合体",
            plan="拱墅区/浙江省数字文化内容生成创新联合体实施方案.docx",
            letter=Letter("组建意向书.pdf", "table", "2022年11月10日"),
            commitment=None,
            seed=203,
        ),
    )),
    Archive("滨江区/多模态智能计算创新联合体申报材料.7z", "7z", (
        Package(
            district="滨江区", folder=None,
            plan="滨江区/浙江省多模态智能计算创新联合体实施方案（云图智算）.docx",
            letter=Letter("组建意向书.docx", "blocks", "2022年11月7日"),
            commitment=Commitment("诚信承诺书.pdf", "2022年11月14日"),
            licence=Licence("周瀚文", "其他股份有限公司（非上市）", "肆亿贰仟万元整", "2013年09月16日",
                            "浙江省杭州市滨江区长河街道", "人工智能基础软件开发；计算机系统服务；数据处理服务；"
                            "云计算装备技术服务；技术服务、技术开发。",
                            "杭州高新技术产业开发区（滨江）市场监督管理局", "2022年05月06日"),
            seed=204,
        ),
    )),
)

COVER_NOTES: tuple[CoverNote, ...] = (
    CoverNote(
        rel="上城区/关于报送2022年度省级创新联合体实施方案的说明.docx",
        office="杭州市上城区科学技术局",
        plans=(
            "上城区/浙江省医学影像人工智能创新联合体/浙江省医学影像人工智能创新联合体实施方案.pdf",
            "上城区/浙江省商用密码应用创新联合体实施方案（含意向书签章页）.docx",
            "上城区/浙江省数据安全与隐私计算创新联合体实施方案.doc",
            "上城区/浙江省水稻生物育种创新联合体实施方案.docx",
        ),
        contact="联系人：上城区科技局高新科 方晓燕，联系电话：87161023",
        date="2022年11月16日",
    ),
)

NEAR_DUPLICATES: tuple[NearDuplicate, ...] = (
    NearDuplicate(
        original="临安区/浙江省车规级碳化硅功率器件创新联合体实施方案.docx",
        rel="余杭区/浙江省车规级碳化硅功率器件创新联合体实施方案（修改稿）.docx",
        edits=(
            ("编制时间：2022年11月", "编制时间：2022年10月"),
            ("整车续航增加约5%。", "整车续航可增加5%左右。"),
            ("供应链安全风险突出。", "产业链供应链存在较大安全风险。"),
            ("联合体每年开展经费使用审计。", "联合体每年委托第三方机构开展经费使用审计。"),
        ),
    ),
)

# Archives a reader must refuse (under _bad/): the member path traversal, a zip bomb, a password, a cut-off
# upload and a .rar with no RAR reader installed.


def packaged_plans() -> frozenset[str]:
    """The loose paths of the plans make_packages.py moves into a package folder or an archive."""
    return frozenset(p.plan for p in (*FOLDER_PACKAGES, *(p for a in ARCHIVES for p in a.packages)) if p.plan)


BAD_TRAVERSAL = "_bad/含路径穿越的申报材料.zip"
BAD_TRAVERSAL_MEMBER = "evil.docx"  # how ../../evil.docx is listed: its .. parts dropped
BAD_BOMB = "_bad/解压后过大的申报材料.zip"
BAD_ENCRYPTED = "_bad/设有密码的申报材料.zip"
BAD_TRUNCATED = "_bad/上传中断的申报材料.zip"
BAD_RAR = "_bad/申报材料.rar"
