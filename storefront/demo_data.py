"""Demo content for the Cao Bằng OCOP web shop (vi / en / lo / zh_hans).

Pure data, no imports. Read by the seeding command.

Facts come only from /work/shared/domain/cao-bang-facts.md (source keys such
as [P3] or [C6] are given in comments). Rules used here:

* Every price is an observation from news pages or a made-up figure, so
  every product has "example_price": True. The fact sheet says to label
  every price shown as an example price.
* Fields the fact sheet marks (NF) are empty or None. Producer names the
  sources do not give are marked "(mẫu)"/"(demo)" in the name itself.
* Certificate dates: the sources only give a year (2020) for two products.
  For those the day "-06-01" is an EXAMPLE day. Dates in 2024/2025 are
  EXAMPLE re-certification dates. The sources give the star level but not
  the year, so these dates were made up to show valid certificates in the
  UI. Their certificate numbers start with "DEMO-".
  Certificates last 36 months [O5][O15]. So on 2026-11-29 the 2020 ones have
  lapsed and the 2024/2025 ones are still valid.
* Addresses: "commune" uses the post-1-Jul-2025 form (no district). The fact
  sheet (§6) says it did NOT check which new commune took over each old one.
  Where it is not checked, the old commune name is kept and a comment says so.
* Lao: Vietnamese proper names stay in Latin script. The Lao form of the
  province name (ແຂວງ ກາວບັງ) is only (U) in the sources, so "ແຂວງ Cao Bằng"
  is used. A native Lao speaker should review all Lao text.
* Chinese: district names use the usual Sino-Vietnamese forms (和安县,
  元平县 …); only 高平省 and 重庆县 come from the sources. 重庆 is always written
  with context (越南高平省重庆县) so that it is not read as Chongqing.
* DELIBERATE GAP: product "lap-suon-hun-khoi" (smoked sausage) has empty Lao
  fields (title, summary, description, origin, variant labels). The site should
  show its "not yet translated, showing English" notice there.
"""


def _t(vi, en, lo, zh):
    """Build a translation dict. Keys: vi, en, lo, zh_hans."""
    return {"vi": vi, "en": en, "lo": lo, "zh_hans": zh}


_EMPTY = _t("", "", "", "")

# ---------------------------------------------------------------------------
# Producers
# ---------------------------------------------------------------------------

PRODUCERS = [
    {
        # Brief asked for a cooperative group of Phja Đén noodle households.
        # The sources name the village and ~97 households, not a formal group
        # name, so this group name is a demo label. [P1][P2][P3]
        "key": "phja-den-noodle-group",
        "kind": "cooperative_group",
        "name": _t(
            "Tổ hợp tác miến dong Phja Đén (mẫu)",
            "Phja Đén Canna Noodle Cooperative Group (demo)",
            "ກຸ່ມຜະລິດເສັ້ນລ້ອນແປ້ງມັນສາຄູ Phja Đén (ຕົວຢ່າງ)",
            "Phja Đén 蕉芋粉丝合作组（示例）",
        ),
        "slug": _t(
            "to-hop-tac-mien-dong-phja-den",
            "phja-den-canna-noodle-group",
            "kum-phalit-sen-lon-phja-den",
            "phja-den-jiaoyu-fensi-hezuozu",
        ),
        # "Thành Công" is still a commune name after 2025, but its borders
        # may have grown (§6).
        "commune": "xóm Phja Đén, xã Thành Công, tỉnh Cao Bằng",
        "historic_address": "xóm Phja Đén, xã Thành Công, huyện Nguyên Bình, tỉnh Cao Bằng",
        "ethnic_community": _t("Tày, Nùng", "Tày and Nùng", "ຊົນເຜົ່າ Tày ແລະ Nùng", "岱依族、侬族"),
        "members": None,  # ~97 households in the village (2019) but no group size [P3]
        "founded_year": None,
        "story": _t(
            "<p>Các hộ ở xóm Phja Đén và Pù Vài (xã Thành Công) làm miến từ củ dong riềng, ở độ cao trên 1.000 m, cách thành phố Cao Bằng khoảng 45 km. Năm 2019 có khoảng 97 hộ làm miến; sản lượng tăng từ 35 tấn (2015) lên 175 tấn (2019) và khoảng 200 tấn (2023).</p>"
            "<p>Ngày 27/12/2023, UBND tỉnh công nhận “Làng nghề truyền thống miến dong Phia Đén” (Quyết định 1861/QĐ-UBND).</p>",
            "<p>Households in the hamlets of Phja Đén and Pù Vài (Thành Công commune) make glass noodles from canna starch. The hamlets lie above 1,000 m, about 45 km from Cao Bằng city. Around 97 households made noodles in 2019. Output rose from 35 tonnes (2015) to 175 tonnes (2019) and about 200 tonnes (2023).</p>"
            "<p>On 27 December 2023 the province recognised the “Phia Đén canna noodle traditional craft village” (Decision 1861/QĐ-UBND).</p>",
            "<p>ຄົວເຮືອນໃນບ້ານ Phja Đén ແລະ Pù Vài (ຕາແສງ Thành Công) ເຮັດເສັ້ນລ້ອນຈາກແປ້ງມັນສາຄູ ຢູ່ເທິງຄວາມສູງກວ່າ 1000 ແມັດ ຫ່າງຈາກຕົວເມືອງ Cao Bằng ປະມານ 45 ກິໂລແມັດ. ໃນປີ 2019 ມີປະມານ 97 ຄົວເຮືອນເຮັດເສັ້ນ; ຜົນຜະລິດເພີ່ມຈາກ 35 ໂຕນ (2015) ເປັນ 175 ໂຕນ (2019) ແລະ ປະມານ 200 ໂຕນ (2023).</p>"
            "<p>ວັນທີ 27/12/2023 ແຂວງໄດ້ຮັບຮອງ “ບ້ານຫັດຖະກຳພື້ນເມືອງເຮັດເສັ້ນລ້ອນ Phia Đén” (ຂໍ້ຕົກລົງເລກທີ 1861/QĐ-UBND).</p>",
            "<p>Phja Đén 和 Pù Vài 两个村（成功乡）的农户用蕉芋淀粉制作粉丝。村子海拔1000米以上，距高平市约45公里。2019年约有97户制作粉丝，产量从35吨（2015年）增至175吨（2019年），2023年约200吨。</p>"
            "<p>2023年12月27日，高平省以第1861/QĐ-UBND号决定认定“Phia Đén 蕉芋粉丝传统手工艺村”。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Cường Yên canna vermicelli, OCOP 3★ [C6]. The sources do not say
        # what kind of producer it is; "household" is an ASSUMPTION.
        "key": "cuong-yen",
        "kind": "household",
        "name": _t(
            "Cơ sở miến dong Cường Yên",
            "Cường Yên Canna Noodles",
            "ໂຮງງານເສັ້ນລ້ອນ Cường Yên",
            "Cường Yên 蕉芋粉丝作坊",
        ),
        "slug": _t(
            "co-so-mien-dong-cuong-yen",
            "cuong-yen-canna-noodles",
            "hong-ngan-sen-lon-cuong-yen",
            "cuong-yen-jiaoyu-fensi",
        ),
        # "Nguyễn Huệ" is still a commune name after 2025 (§6). The hamlet is not given.
        "commune": "xã Nguyễn Huệ, tỉnh Cao Bằng",
        "historic_address": "xã Nguyễn Huệ, huyện Hòa An, tỉnh Cao Bằng",
        "ethnic_community": _EMPTY,  # (NF)
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Xã Nguyễn Huệ (huyện Hòa An cũ) có khoảng 217 ha dong riềng ở các xóm Án Lại, Canh Biện A/B và Thua Bó, với hơn 100 hộ làm miến. Miến dong Cường Yên được công nhận sản phẩm OCOP 3 sao.</p>"
            "<p>Củ dong được thu hoạch và bán từ cuối tháng 11; miến chủ yếu bán dịp Tết. Một dự án tạo lập nhãn hiệu chứng nhận “Miến dong Án Lại” đang được triển khai.</p>",
            "<p>Nguyễn Huệ commune (formerly in Hòa An district) has about 217 ha of canna in the hamlets of Án Lại, Canh Biện A/B and Thua Bó, and more than 100 noodle-making households. Cường Yên canna noodles are rated OCOP 3-star.</p>"
            "<p>The roots are dug and sold from late November, and the noodles sell mainly for Tết. A project is under way to create a certification mark for “Miến dong Án Lại”.</p>",
            "<p>ຕາແສງ Nguyễn Huệ (ອະດີດເມືອງ Hòa An) ມີໄຮ່ມັນສາຄູປະມານ 217 ເຮັກຕາ ຢູ່ບ້ານ Án Lại, Canh Biện A/B ແລະ Thua Bó ແລະ ມີຫຼາຍກວ່າ 100 ຄົວເຮືອນເຮັດເສັ້ນລ້ອນ. ເສັ້ນລ້ອນ Cường Yên ໄດ້ຮັບການຈັດອັນດັບ OCOP 3 ດາວ.</p>"
            "<p>ຫົວມັນສາຄູເລີ່ມຂຸດ ແລະ ຂາຍແຕ່ທ້າຍເດືອນ 11; ເສັ້ນລ້ອນສ່ວນຫຼາຍຂາຍໃນຊ່ວງບຸນປີໃໝ່ຫວຽດນາມ (Tết). ປັດຈຸບັນມີໂຄງການສ້າງເຄື່ອງໝາຍຢັ້ງຢືນ “Miến dong Án Lại”.</p>",
            "<p>阮惠乡（原和安县）的 Án Lại、Canh Biện A/B 和 Thua Bó 等村种植蕉芋约217公顷，有100多户制作粉丝。Cường Yên 蕉芋粉丝获评 OCOP 三星产品。</p>"
            "<p>蕉芋块根从11月下旬开始采挖出售，粉丝主要在春节前销售。目前正在实施“Án Lại 蕉芋粉丝”证明商标的创建项目。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # No mandarin grower is named in the sources [P6][P7]: demo producer.
        "key": "tra-linh-mandarin-growers",
        "kind": "household",
        "name": _t(
            "Nông hộ trồng quýt Trà Lĩnh (mẫu)",
            "Trà Lĩnh mandarin growers (demo)",
            "ຊາວສວນປູກໝາກກ້ຽງ Trà Lĩnh (ຕົວຢ່າງ)",
            "茶岭柑橘种植户（示例）",
        ),
        "slug": _t(
            "nong-ho-trong-quyt-tra-linh",
            "tra-linh-mandarin-growers",
            "sao-suan-mak-kieng-tra-linh",
            "chaling-ganju-zhongzhihu",
        ),
        # We do not know which new commune took in old Quang Hán. The old
        # name is kept. ("Trà Lĩnh" is a new commune name, but its borders
        # were not checked.)
        "commune": "xã Quang Hán, tỉnh Cao Bằng",
        "historic_address": "xã Quang Hán, huyện Trà Lĩnh, tỉnh Cao Bằng",
        "ethnic_community": _EMPTY,  # (NF)
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Quýt Trà Lĩnh được trồng ở Quang Hán, Cao Chương và thị trấn Hùng Quốc (huyện Trà Lĩnh cũ), trên khoảng 145 ha. Quýt chín từ cuối tháng 11 đến tháng 1 dương lịch, vừa kịp Tết. Sản phẩm mang nhãn hiệu tập thể.</p>",
            "<p>Trà Lĩnh mandarins grow on about 145 ha in Quang Hán, Cao Chương and Hùng Quốc town (former Trà Lĩnh district). They ripen from late November to January, just before Tết. The name is a collective mark.</p>",
            "<p>ໝາກກ້ຽງ Trà Lĩnh ປູກຢູ່ Quang Hán, Cao Chương ແລະ ເທດສະບານ Hùng Quốc (ອະດີດເມືອງ Trà Lĩnh) ເນື້ອທີ່ປະມານ 145 ເຮັກຕາ. ໝາກສຸກແຕ່ທ້າຍເດືອນພະຈິກ ຮອດເດືອນມັງກອນ ກ່ອນບຸນປີໃໝ່ຫວຽດນາມ (Tết). ຊື່ນີ້ເປັນເຄື່ອງໝາຍການຄ້າລວມໝູ່.</p>",
            "<p>茶岭柑橘种植于 Quang Hán、Cao Chương 和 Hùng Quốc 镇（原茶岭县），面积约145公顷。果实于公历11月下旬至1月成熟，正赶上春节。该名称为集体商标。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Chestnut households are reported in Đàm Thủy (Bản Khay) and Chí Viễn [P10][P12].
        # The household name is a demo label.
        "key": "trung-khanh-chestnut-households",
        "kind": "household",
        "name": _t(
            "Nông hộ trồng hạt dẻ Bản Khay (mẫu)",
            "Bản Khay chestnut growers (demo)",
            "ຊາວສວນໝາກເກົາລັດ Bản Khay (ຕົວຢ່າງ)",
            "Bản Khay 板栗种植户（示例）",
        ),
        "slug": _t(
            "nong-ho-hat-de-ban-khay",
            "ban-khay-chestnut-growers",
            "sao-suan-mak-kaolat-ban-khay",
            "ban-khay-banli-zhongzhihu",
        ),
        # We do not know which new commune took in Đàm Thủy (§6). The old name is kept.
        "commune": "xóm Bản Khay, xã Đàm Thủy, tỉnh Cao Bằng",
        "historic_address": "xóm Bản Khay, xã Đàm Thủy, huyện Trùng Khánh, tỉnh Cao Bằng",
        # Tày/Nùng: the local name "Mác lịch" is Tày/Nùng; Đàm Thủy villages are Tày.
        "ethnic_community": _t("Tày, Nùng", "Tày and Nùng", "ຊົນເຜົ່າ Tày ແລະ Nùng", "岱依族、侬族"),
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Hạt dẻ Trùng Khánh, tiếng Tày – Nùng gọi là “Mác lịch”, mọc trên sườn núi đá vôi cao 450–600 m. Vùng chỉ dẫn địa lý gồm các xã Đình Minh, Chí Viễn, Khâm Thành, Phong Châu; hạt dẻ còn được trồng ở Đàm Thủy và Ngọc Khê, tổng cộng hơn 240 ha.</p>"
            "<p>Hạt dẻ rụng vào tháng 9–10, chỉ để được khoảng một tháng. Người mua nên cẩn thận với hạt dẻ Trung Quốc bán giả danh “Trùng Khánh”.</p>",
            "<p>Trùng Khánh chestnuts, called “Mác lịch” in Tày and Nùng, grow on limestone slopes at 450–600 m. The geographical-indication area covers Đình Minh, Chí Viễn, Khâm Thành and Phong Châu communes. Chestnuts are also grown in Đàm Thủy and Ngọc Khê, over 240 ha in all.</p>"
            "<p>The nuts fall in September and October and keep for only about a month. Buyers should watch out for Chinese chestnuts sold as “Trùng Khánh”.</p>",
            "<p>ໝາກເກົາລັດ Trùng Khánh ພາສາ Tày ແລະ Nùng ເອີ້ນວ່າ “Mác lịch” ປູກຢູ່ເທິງເນີນພູຫີນປູນ ສູງ 450–600 ແມັດ. ເຂດສິ່ງບົ່ງບອກທາງພູມສາດ ມີຕາແສງ Đình Minh, Chí Viễn, Khâm Thành ແລະ Phong Châu; ນອກນັ້ນຍັງປູກຢູ່ Đàm Thủy ແລະ Ngọc Khê ລວມກວ່າ 240 ເຮັກຕາ.</p>"
            "<p>ໝາກຫຼົ່ນໃນເດືອນກັນຍາ–ຕຸລາ ແລະ ເກັບໄວ້ໄດ້ພຽງປະມານໜຶ່ງເດືອນ. ຜູ້ຊື້ຄວນລະວັງໝາກເກົາລັດຈີນທີ່ເອົາມາຂາຍອ້າງວ່າເປັນ “Trùng Khánh”.</p>",
            "<p>越南高平省重庆县板栗，岱依语和侬语称为“Mác lịch”，生长在海拔450–600米的石灰岩山坡上。地理标志区域包括 Đình Minh、Chí Viễn、Khâm Thành、Phong Châu 四个乡，潭水乡和 Ngọc Khê 乡也有种植，总面积240多公顷。</p>"
            "<p>板栗于9–10月落果，只能保存约一个月。购买时请注意冒充“重庆县板栗”的中国板栗（此“重庆”为越南高平省的县名，并非中国重庆市）。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Bảo Lạc fragrant sticky rice, grown by farming households [P15][P16][P17].
        "key": "bao-lac-sticky-rice-households",
        "kind": "household",
        "name": _t(
            "Nông hộ trồng nếp hương Xuân Trường (mẫu)",
            "Xuân Trường fragrant sticky rice farmers (demo)",
            "ຊາວນາເຂົ້າໜຽວຫອມ Xuân Trường (ຕົວຢ່າງ)",
            "Xuân Trường 香糯种植户（示例）",
        ),
        "slug": _t(
            "nong-ho-nep-huong-xuan-truong",
            "xuan-truong-sticky-rice-farmers",
            "sao-na-khao-niao-hom-xuan-truong",
            "xuan-truong-xiangnuo-zhongzhihu",
        ),
        # "Xuân Trường" is still a commune name after 2025 (§6); borders may have grown.
        "commune": "xã Xuân Trường, tỉnh Cao Bằng",
        "historic_address": "xã Xuân Trường, huyện Bảo Lạc, tỉnh Cao Bằng",
        "ethnic_community": _EMPTY,  # (NF)
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Nếp hương Bảo Lạc, tiếng địa phương gọi là “Khẩu nua hom”, được trồng ở các xã Xuân Trường, Khánh Xuân và Phan Thanh trên khoảng 70–80 ha. Ở Xuân Trường, lúa được trồng tại các xóm Thua Tổng, Nà Đoỏng, Thiêng Lầu và Bản Chuồng, chỉ bón phân chuồng.</p>",
            "<p>Bảo Lạc fragrant sticky rice, locally called “Khẩu nua hom”, grows on about 70–80 ha in Xuân Trường, Khánh Xuân and Phan Thanh communes. In Xuân Trường it is grown in the hamlets of Thua Tổng, Nà Đoỏng, Thiêng Lầu and Bản Chuồng, with manure as the only fertiliser.</p>",
            "<p>ເຂົ້າໜຽວຫອມ Bảo Lạc ພາສາທ້ອງຖິ່ນເອີ້ນວ່າ “Khẩu nua hom” ປູກຢູ່ຕາແສງ Xuân Trường, Khánh Xuân ແລະ Phan Thanh ເນື້ອທີ່ປະມານ 70–80 ເຮັກຕາ. ຢູ່ Xuân Trường ປູກໃນບ້ານ Thua Tổng, Nà Đoỏng, Thiêng Lầu ແລະ Bản Chuồng ໂດຍໃຊ້ແຕ່ຝຸ່ນຄອກ.</p>",
            "<p>保乐香糯当地称为“Khẩu nua hom”，种植于 Xuân Trường、Khánh Xuân 和 Phan Thanh 三个乡，面积约70–80公顷。在 Xuân Trường 乡，稻谷种在 Thua Tổng、Nà Đoỏng、Thiêng Lầu 和 Bản Chuồng 等村，只施农家肥。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Named in [P19][P20]: OCOP 3★ (2020) and Golden Agriculture Brand 2022.
        "key": "nong-thi-le-thuy",
        "kind": "household",
        "name": _t(
            "Hộ kinh doanh Nông Thị Lệ Thùy",
            "Nông Thị Lệ Thùy household business",
            "ທຸລະກິດຄົວເຮືອນ Nông Thị Lệ Thùy",
            "Nông Thị Lệ Thùy 家庭经营户",
        ),
        "slug": _t(
            "ho-kinh-doanh-nong-thi-le-thuy",
            "nong-thi-le-thuy-household",
            "thulakit-khua-huean-nong-thi-le-thuy",
            "nong-thi-le-thuy-jiating-jingyinghu",
        ),
        # Before 2025 this was Đông Khê town. "Đông Khê" is on the list of new
        # communes (§6), but we did not check that it took in the old town.
        "commune": "xã Đông Khê, tỉnh Cao Bằng",
        "historic_address": "thị trấn Đông Khê, huyện Thạch An, tỉnh Cao Bằng",
        "ethnic_community": _EMPTY,  # (NF)
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Hộ kinh doanh Nông Thị Lệ Thùy ở Đông Khê làm thạch đen từ cây sương sáo của huyện Thạch An. Xã Đức Thông có vùng trồng lớn nhất, khoảng 100 ha. Sản phẩm đạt OCOP 3 sao năm 2020 và được trao danh hiệu “Thương hiệu Nông nghiệp Vàng 2022”.</p>",
            "<p>The Nông Thị Lệ Thùy household business in Đông Khê makes black jelly from the grass-jelly plant (sương sáo) grown in Thạch An district. Đức Thông commune has the largest growing area, about 100 ha. The product was rated OCOP 3-star in 2020 and won the “Golden Agriculture Brand 2022” title.</p>",
            "<p>ທຸລະກິດຄົວເຮືອນ Nông Thị Lệ Thùy ຢູ່ Đông Khê ເຮັດວຸ້ນດຳຈາກຕົ້ນເຉົາກ໊ວຍ (sương sáo) ທີ່ປູກໃນເມືອງ Thạch An. ຕາແສງ Đức Thông ມີເນື້ອທີ່ປູກຫຼາຍທີ່ສຸດ ປະມານ 100 ເຮັກຕາ. ຜະລິດຕະພັນໄດ້ OCOP 3 ດາວ ໃນປີ 2020 ແລະ ໄດ້ຮັບລາງວັນ “ຍີ່ຫໍ້ກະສິກຳຄຳ 2022”.</p>",
            "<p>东溪的 Nông Thị Lệ Thùy 家庭经营户用石安县种植的仙草（sương sáo）制作黑凉粉。Đức Thông 乡种植面积最大，约100公顷。该产品于2020年获评 OCOP 三星，并获“2022年金牌农业品牌”称号。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # HTX Minh Tuấn, director Nông Minh Tuấn, OCOP 3★ since 2020 [P24][P37].
        "key": "htx-minh-tuan",
        "kind": "cooperative",
        "name": _t(
            "Hợp tác xã Minh Tuấn",
            "Minh Tuấn Cooperative",
            "ສະຫະກອນ Minh Tuấn",
            "Minh Tuấn 合作社",
        ),
        "slug": _t("hop-tac-xa-minh-tuan", "minh-tuan-cooperative", "sahakon-minh-tuan", "minh-tuan-hezuoshe"),
        # We do not know which new commune took in Phúc Sen (§6). The old name
        # is kept. The cooperative's hamlet is not given.
        "commune": "xã Phúc Sen, tỉnh Cao Bằng",
        "historic_address": "xã Phúc Sen, huyện Quảng Hòa, tỉnh Cao Bằng",
        "ethnic_community": _t("Nùng An", "Nùng An", "ຊົນເຜົ່າ Nùng An", "侬族（Nùng An 支系）"),
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Phúc Sen là làng rèn của người Nùng An trên Quốc lộ 3, cách thành phố khoảng 30 km; truyền thuyết kể nghề rèn có từ thế kỷ XI. Khoảng 140–160 hộ rèn dao bằng thép nhíp ô tô trong lò đất sét. Hợp tác xã Minh Tuấn do ông Nông Minh Tuấn làm giám đốc, có sản phẩm đạt OCOP 3 sao từ năm 2020.</p>"
            "<p>Đơn đăng ký nhãn hiệu chứng nhận “Làng nghề truyền thống rèn Phúc Sen” đã được Cục Sở hữu trí tuệ chấp nhận hợp lệ và công bố ngày 23/01/2025.</p>",
            "<p>Phúc Sen is a Nùng An forging village on National Road 3, about 30 km from the city. Legend dates the craft to the 11th century. Some 140–160 households forge blades from truck leaf-spring steel in clay furnaces. The Minh Tuấn Cooperative, led by director Nông Minh Tuấn, has held an OCOP 3-star rating since 2020.</p>"
            "<p>The IP Office accepted the application for the certification mark “Phúc Sen traditional forging village” as valid and published it on 23 January 2025.</p>",
            "<p>Phúc Sen ເປັນບ້ານຕີເຫຼັກຂອງຊົນເຜົ່າ Nùng An ຢູ່ຕາມທາງເລກ 3 ຫ່າງຈາກຕົວເມືອງປະມານ 30 ກິໂລແມັດ; ຕາມຕຳນານ ອາຊີບຕີເຫຼັກມີມາແຕ່ສະຕະວັດທີ 11. ປະມານ 140–160 ຄົວເຮືອນຕີມີດຈາກເຫຼັກແໜບລົດບັນທຸກ ໃນເຕົາດິນໜຽວ. ສະຫະກອນ Minh Tuấn ມີທ່ານ Nông Minh Tuấn ເປັນຜູ້ອຳນວຍການ ແລະ ໄດ້ OCOP 3 ດາວ ນັບແຕ່ປີ 2020.</p>"
            "<p>ຄຳຮ້ອງຂໍຈົດທະບຽນເຄື່ອງໝາຍຢັ້ງຢືນ “ບ້ານຫັດຖະກຳຕີເຫຼັກພື້ນເມືອງ Phúc Sen” ໄດ້ຮັບການຮັບຮອງວ່າຖືກຕ້ອງ ແລະ ປະກາດໃນວັນທີ 23/01/2025.</p>",
            "<p>Phúc Sen 是侬族（Nùng An 支系）的打铁村，位于3号国道旁，距高平市约30公里；相传锻造技艺始于11世纪。约140–160户用汽车钢板弹簧钢在黏土炉中锻打刀具。Minh Tuấn 合作社由 Nông Minh Tuấn 担任主任，自2020年起获 OCOP 三星。</p>"
            "<p>“Phúc Sen 传统锻造村”证明商标的申请已于2025年1月23日被越南知识产权局受理为有效并予以公告。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Smoked pork and smoked sausage are OCOP 3★ [C4][C5][P28][P29], but
        # the producer is (NF). Demo producer.
        "key": "demo-smokehouse",
        "kind": "household",
        "name": _t(
            "Hộ sản xuất thịt hun khói Cao Bằng (mẫu)",
            "Cao Bằng smokehouse (demo producer)",
            "ຄົວເຮືອນຜະລິດຊີ້ນຮົມຄວັນ Cao Bằng (ຕົວຢ່າງ)",
            "高平烟熏肉制作户（示例）",
        ),
        "slug": _t(
            "ho-san-xuat-thit-hun-khoi-mau",
            "cao-bang-smokehouse-demo",
            "khua-huean-sin-hom-khuan-cao-bang",
            "gaoping-yanxunrou-zhizuohu",
        ),
        "commune": "tỉnh Cao Bằng",  # (NF): no address in sources
        "historic_address": "tỉnh Cao Bằng",
        "ethnic_community": _t("Tày, Nùng", "Tày and Nùng", "ຊົນເຜົ່າ Tày ແລະ Nùng", "岱依族、侬族"),
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Thịt lợn hun khói và lạp sườn hun khói là món truyền thống của người Tày, Nùng ở Cao Bằng; cả hai đều đạt OCOP 3 sao. Đây là nhà sản xuất mẫu: nguồn tư liệu không nêu tên cơ sở.</p>",
            "<p>Smoked pork and smoked sausage are traditional foods of the Tày and Nùng people of Cao Bằng; both are rated OCOP 3-star. This is a demo producer: the sources do not name one.</p>",
            "<p>ຊີ້ນໝູຮົມຄວັນ ແລະ ກຸນຊຽງຮົມຄວັນ ແມ່ນອາຫານພື້ນເມືອງຂອງຊົນເຜົ່າ Tày ແລະ Nùng ໃນ Cao Bằng; ທັງສອງຢ່າງໄດ້ OCOP 3 ດາວ. ນີ້ແມ່ນຜູ້ຜະລິດຕົວຢ່າງ ເພາະແຫຼ່ງຂໍ້ມູນບໍ່ໄດ້ລະບຸຊື່.</p>",
            "<p>烟熏猪肉和烟熏腊肠是高平省岱依族、侬族的传统食品，均获评 OCOP 三星。此为示例生产者，资料中未提及具体名称。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Kolia Cao Bằng Co. Ltd, chairman Hoàng Mạnh Ngọc [C7][C8].
        # "On the market since 2013" is not a founding year, so it is None.
        "key": "kolia-cao-bang",
        "kind": "enterprise",
        "name": _t(
            "Công ty TNHH Kolia Cao Bằng",
            "Kolia Cao Bằng Co., Ltd.",
            "ບໍລິສັດ Kolia Cao Bằng ຈຳກັດ",
            "高平 Kolia 有限责任公司",
        ),
        "slug": _t(
            "cong-ty-tnhh-kolia-cao-bang",
            "kolia-cao-bang-co-ltd",
            "bolisat-kolia-cao-bang",
            "gaoping-kolia-youxian-gongsi",
        ),
        # "Thành Công" is still a commune name after 2025 (§6).
        "commune": "xã Thành Công, tỉnh Cao Bằng",
        "historic_address": "xã Thành Công, huyện Nguyên Bình, tỉnh Cao Bằng",
        "ethnic_community": _EMPTY,  # (NF)
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Công ty TNHH Kolia Cao Bằng, do ông Hoàng Mạnh Ngọc làm chủ tịch, trồng chè ở độ cao trên 1.000 m tại xã Thành Công theo hướng hữu cơ. Sản phẩm có mặt trên thị trường từ năm 2013, xuất khẩu từ năm 2019; từ năm 2024 đã xuất hơn 1 tấn sang Trung Quốc.</p>"
            "<p>Công ty kết hợp sản xuất chè với du lịch sinh thái. Danh Trà và Đinh Trà đạt OCOP 4 sao.</p>",
            "<p>Kolia Cao Bằng Co., Ltd., chaired by Hoàng Mạnh Ngọc, grows tea above 1,000 m in Thành Công commune using organic practice. Its teas have been on the market since 2013 and exported since 2019; since 2024 it has shipped more than a tonne to China.</p>"
            "<p>The company combines tea growing with eco-tourism. Its Danh Trà and Đinh Trà teas are rated OCOP 4-star.</p>",
            "<p>ບໍລິສັດ Kolia Cao Bằng ຈຳກັດ ມີທ່ານ Hoàng Mạnh Ngọc ເປັນປະທານ ປູກຊາຢູ່ເທິງຄວາມສູງກວ່າ 1000 ແມັດ ໃນຕາແສງ Thành Công ແບບກະສິກຳອິນຊີ. ຊາຂອງບໍລິສັດວາງຂາຍໃນຕະຫຼາດແຕ່ປີ 2013 ແລະ ສົ່ງອອກແຕ່ປີ 2019; ນັບແຕ່ປີ 2024 ໄດ້ສົ່ງອອກໄປຈີນຫຼາຍກວ່າ 1 ໂຕນ.</p>"
            "<p>ບໍລິສັດປະສົມປະສານການປູກຊາກັບການທ່ອງທ່ຽວທຳມະຊາດ. ຊາ Danh Trà ແລະ Đinh Trà ໄດ້ OCOP 4 ດາວ.</p>",
            "<p>高平 Kolia 有限责任公司由 Hoàng Mạnh Ngọc 担任董事长，在成功乡海拔1000米以上以有机方式种茶。其茶叶自2013年上市，2019年开始出口；自2024年以来已向中国出口1吨以上。</p>"
            "<p>公司将种茶与生态旅游相结合。Danh Trà 和 Đinh Trà获评 OCOP 四星。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # HTX Khẩu Sli thương mại dịch vụ Nà Giàng [P35][C4][C5].
        "key": "htx-khau-sli-na-giang",
        "kind": "cooperative",
        "name": _t(
            "HTX Khẩu Sli thương mại dịch vụ Nà Giàng",
            "Nà Giàng Khẩu Sli Trade and Service Cooperative",
            "ສະຫະກອນການຄ້າ ແລະ ບໍລິການ Khẩu Sli Nà Giàng",
            "Nà Giàng Khẩu Sli 商贸服务合作社",
        ),
        "slug": _t(
            "htx-khau-sli-na-giang",
            "na-giang-khau-sli-cooperative",
            "sahakon-khau-sli-na-giang",
            "na-giang-khau-sli-hezuoshe",
        ),
        # Ngọc Đào commune per [C5]. We do not know which new commune took it
        # in (§6). The old name is kept.
        "commune": "xã Ngọc Đào, tỉnh Cao Bằng",
        "historic_address": "xã Ngọc Đào, huyện Hà Quảng, tỉnh Cao Bằng",
        "ethnic_community": _EMPTY,  # (NF)
        "members": 20,  # ~20 households work regularly, 40–50 at Tết [P35]
        "founded_year": None,
        "story": _t(
            "<p>Hợp tác xã làm bánh khẩu sli Nà Giàng (huyện Hà Quảng cũ) có khoảng 20 hộ làm thường xuyên, dịp Tết lên 40–50 hộ. Bánh làm từ nếp nổ, lạc và đường phên, bán quanh năm cho du khách đến Pác Bó.</p>",
            "<p>The Nà Giàng khẩu sli cooperative (former Hà Quảng district) has about 20 households working all year and 40–50 at Tết. The brittle is made from puffed sticky rice, peanuts and sugar-cane jaggery (đường phên). It is sold all year to visitors to Pác Bó.</p>",
            "<p>ສະຫະກອນເຮັດເຂົ້າໜົມ khẩu sli Nà Giàng (ອະດີດເມືອງ Hà Quảng) ມີປະມານ 20 ຄົວເຮືອນເຮັດປະຈຳ ແລະ 40–50 ຄົວເຮືອນໃນຊ່ວງບຸນປີໃໝ່ຫວຽດນາມ (Tết). ເຂົ້າໜົມເຮັດຈາກເຂົ້າໜຽວພອງ, ຖົ່ວດິນ ແລະ ນ້ຳອ້ອຍແຂງ (đường phên) ຂາຍຕະຫຼອດປີໃຫ້ນັກທ່ອງທ່ຽວທີ່ມາ Pác Bó.</p>",
            "<p>Nà Giàng 米花糖（khẩu sli）合作社（原河广县）常年约有20户参与制作，春节期间增至40–50户。米花糖用爆糯米、花生和甘蔗土糖（đường phên）制成，全年向前往北坡（Pác Bó）的游客销售。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Hoàng Tung natural forest honey, OCOP 3★ [C6]. The producer is (NF). Demo producer.
        "key": "hoang-tung-honey",
        "kind": "household",
        "name": _t(
            "Hộ nuôi ong Hoàng Tung (mẫu)",
            "Hoàng Tung beekeepers (demo)",
            "ຄົວເຮືອນລ້ຽງເຜິ້ງ Hoàng Tung (ຕົວຢ່າງ)",
            "Hoàng Tung 养蜂户（示例）",
        ),
        "slug": _t(
            "ho-nuoi-ong-hoang-tung",
            "hoang-tung-beekeepers",
            "khua-huean-liang-phueng-hoang-tung",
            "hoang-tung-yangfenghu",
        ),
        # Checked: old Hoàng Tung commune is now part of Thục Phán ward (§6, [A6][A7]).
        "commune": "phường Thục Phán, tỉnh Cao Bằng",
        "historic_address": "xã Hoàng Tung, huyện Hòa An, tỉnh Cao Bằng",
        "ethnic_community": _EMPTY,  # (NF)
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Mật ong rừng tự nhiên xã Hoàng Tung là một trong 14 sản phẩm OCOP của huyện Hòa An cũ, đạt 3 sao. Từ năm 2025, Hoàng Tung thuộc phường Thục Phán. Đây là nhà sản xuất mẫu: nguồn tư liệu không nêu tên cơ sở.</p>",
            "<p>Natural forest honey from Hoàng Tung commune is one of the 14 OCOP products of the former Hòa An district, rated 3-star. Since 2025 Hoàng Tung has been part of Thục Phán ward. This is a demo producer: the sources do not name one.</p>",
            "<p>ນ້ຳເຜິ້ງປ່າທຳມະຊາດ ຕາແສງ Hoàng Tung ແມ່ນໜຶ່ງໃນ 14 ຜະລິດຕະພັນ OCOP ຂອງອະດີດເມືອງ Hòa An ໄດ້ 3 ດາວ. ນັບແຕ່ປີ 2025 Hoàng Tung ຂຶ້ນກັບເຂດ Thục Phán. ນີ້ແມ່ນຜູ້ຜະລິດຕົວຢ່າງ ເພາະແຫຼ່ງຂໍ້ມູນບໍ່ໄດ້ລະບຸຊື່.</p>",
            "<p>Hoàng Tung 乡天然森林蜂蜜是原和安县14个 OCOP 产品之一，获评三星。自2025年起，Hoàng Tung 并入 Thục Phán 坊。此为示例生产者，资料中未提及具体名称。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Artisan Nông Thị Thuốc, 4th-generation Tày weaver of Lũng Nội [T35][T36][T43].
        "key": "nong-thi-thuoc",
        "kind": "household",
        "name": _t(
            "Nghệ nhân Nông Thị Thuốc",
            "Artisan Nông Thị Thuốc",
            "ຊ່າງຫັດຖະກຳ Nông Thị Thuốc",
            "手工艺人 Nông Thị Thuốc",
        ),
        "slug": _t(
            "nghe-nhan-nong-thi-thuoc",
            "artisan-nong-thi-thuoc",
            "sang-hatthakam-nong-thi-thuoc",
            "shougongyiren-nong-thi-thuoc",
        ),
        # Ngọc Đào (old Phù Ngọc). We do not know which new commune took it in
        # (§6). The old name is kept.
        "commune": "xóm Lũng Nội, xã Ngọc Đào, tỉnh Cao Bằng",
        "historic_address": "xóm Lũng Nội, xã Ngọc Đào, huyện Hà Quảng, tỉnh Cao Bằng",
        "ethnic_community": _t("Tày", "Tày", "ຊົນເຜົ່າ Tày", "岱依族"),
        "members": None,
        "founded_year": None,
        "story": _t(
            "<p>Bà Nông Thị Thuốc là thế hệ thứ tư trong gia đình dệt thổ cẩm Tày ở Lũng Nội, một điểm dừng trên tuyến phía Bắc của Công viên địa chất Non nước Cao Bằng. Nghề dệt thổ cẩm Tày ở Ngọc Đào được công nhận là Di sản văn hóa phi vật thể quốc gia năm 2023.</p>",
            "<p>Nông Thị Thuốc is the fourth generation of Tày brocade weavers in her family at Lũng Nội, a stop on the northern route of the Non Nước Cao Bằng Geopark. Tày brocade weaving in Ngọc Đào was named National Intangible Cultural Heritage in 2023.</p>",
            "<p>ທ່ານນາງ Nông Thị Thuốc ເປັນຄົນລຸ້ນທີ 4 ໃນຄອບຄົວທໍຜ້າຂອງຊົນເຜົ່າ Tày ຢູ່ບ້ານ Lũng Nội ເຊິ່ງເປັນຈຸດແວ່ຢາມໜຶ່ງໃນເສັ້ນທາງພາກເໜືອຂອງອຸທະຍານທໍລະນີສາດ Non Nước Cao Bằng. ການທໍຜ້າຂອງຊົນເຜົ່າ Tày ຢູ່ Ngọc Đào ໄດ້ຮັບການຮັບຮອງເປັນມໍລະດົກວັດທະນະທຳບໍ່ມີຕົວຕົນແຫ່ງຊາດ ໃນປີ 2023.</p>",
            "<p>Nông Thị Thuốc 是 Lũng Nội 村岱依族织锦家庭的第四代传人。Lũng Nội 是高平山水地质公园北线的一站。Ngọc Đào 乡的岱依族织锦技艺于2023年被列入国家级非物质文化遗产。</p>",
        ),
        "phone": "",
        "email": "",
    },
    {
        # Phja Thắp incense: ~50 Nùng An households [T32][T33][P42]. The
        # producer name is a demo label for the village households.
        "key": "phja-thap-incense-households",
        "kind": "household",
        "name": _t(
            "Hộ làm hương Phja Thắp (mẫu)",
            "Phja Thắp incense makers (demo)",
            "ຄົວເຮືອນເຮັດທູບ Phja Thắp (ຕົວຢ່າງ)",
            "Phja Thắp 制香户（示例）",
        ),
        "slug": _t(
            "ho-lam-huong-phja-thap",
            "phja-thap-incense-makers",
            "khua-huean-het-thup-phja-thap",
            "phja-thap-zhixianghu",
        ),
        # Old Quốc Dân commune joined Phúc Sen in 2020. We do not know which new
        # commune took in Phúc Sen (§6). The old name is kept.
        "commune": "xóm Phja Thắp, xã Phúc Sen, tỉnh Cao Bằng",
        "historic_address": "xóm Phja Thắp, xã Phúc Sen (xã Quốc Dân cũ), huyện Quảng Hòa, tỉnh Cao Bằng",
        "ethnic_community": _t("Nùng An", "Nùng An", "ຊົນເຜົ່າ Nùng An", "侬族（Nùng An 支系）"),
        "members": None,  # ~50 households in the village, not a membership count
        "founded_year": None,
        "story": _t(
            "<p>Khoảng 50 hộ người Nùng An ở xóm Phja Thắp, dưới chân núi Phà Hùng, làm hương tự nhiên theo nghề hơn 100 năm tuổi. Que tre mai được chẻ dài 40 cm, dùng nhựa lá bầu hắt làm keo, lăn bột bốn lần rồi nhuộm đỏ phần chân. Đây là một trong năm làng nghề truyền thống được tỉnh công nhận.</p>",
            "<p>About 50 Nùng An households in Phja Thắp hamlet, below Phà Hùng mountain, make natural incense in a craft over 100 years old. They split mai bamboo into 40 cm sticks, glue the powder on with bầu hắt leaf paste, coat the sticks four times and dye the bases red. It is one of the province's five recognised traditional craft villages.</p>",
            "<p>ປະມານ 50 ຄົວເຮືອນຊົນເຜົ່າ Nùng An ຢູ່ບ້ານ Phja Thắp ຕີນພູ Phà Hùng ເຮັດທູບທຳມະຊາດ ເຊິ່ງເປັນອາຊີບທີ່ມີອາຍຸກວ່າ 100 ປີ. ເຂົາເຈົ້າຜ່າໄມ້ໄຜ່ mai ເປັນກ້ານຍາວ 40 ຊັງຕີແມັດ ໃຊ້ຢາງໃບ bầu hắt ເປັນກາວ ທາຜົງສີ່ຊັ້ນ ແລ້ວຍ້ອມຕີນກ້ານເປັນສີແດງ. ນີ້ແມ່ນໜຶ່ງໃນຫ້າບ້ານຫັດຖະກຳພື້ນເມືອງທີ່ແຂວງຮັບຮອງ.</p>",
            "<p>Phà Hùng 山下 Phja Thắp 村约有50户侬族（Nùng An 支系）人家制作天然香，这门手艺已有100多年历史。他们把 mai 竹劈成40厘米的香签，以 bầu hắt 树叶浆作黏合剂，裹粉四次，再把香脚染成红色。这是高平省认定的五个传统手工艺村之一。</p>",
        ),
        "phone": "",
        "email": "",
    },
]

# ---------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------

# Issuing bodies. Which level issued a certificate depends on the rules in
# force at the time (§1.3): QĐ 1048 (2019–2023) province recognised 3–4★;
# QĐ 148 (2023–Jun 2025) district recognised 3★, province 4★.
_PROVINCE_UBND = _t(
    "UBND tỉnh Cao Bằng",
    "Cao Bằng Provincial People's Committee",
    "ຄະນະກຳມະການປະຊາຊົນແຂວງ Cao Bằng",
    "越南高平省人民委员会",
)
_HOA_AN_UBND = _t(
    "UBND huyện Hòa An",
    "Hòa An District People's Committee",
    "ຄະນະກຳມະການປະຊາຊົນເມືອງ Hòa An",
    "越南高平省和安县人民委员会",
)
_HA_QUANG_UBND = _t(
    "UBND huyện Hà Quảng",
    "Hà Quảng District People's Committee",
    "ຄະນະກຳມະການປະຊາຊົນເມືອງ Hà Quảng",
    "越南高平省河广县人民委员会",
)

_YEAR_ROUND = list(range(1, 13))


def _v(sku, label, price_vnd, weight_grams, stock):
    """Build a variant dict."""
    return {"sku": sku, "label": label, "price_vnd": price_vnd, "weight_grams": weight_grams, "stock": stock}


def _mk(*pairs):
    """Marketplace links. All URLs are example.com placeholders."""
    return [{"marketplace": m, "url": "https://example.com/%s/%s" % (m, path)} for m, path in pairs]


_L500G = _t("500 g", "500 g", "500 ກຣາມ", "500克")
_L1KG = _t("1 kg", "1 kg", "1 ກິໂລກຣາມ", "1公斤")
_L100G = _t("100 g", "100 g", "100 ກຣາມ", "100克")
_L200G = _t("200 g", "200 g", "200 ກຣາມ", "200克")

PRODUCTS = [
    # 1 ---------------------------------------------------------------------
    {
        "key": "mien-dong-phja-den",
        "producer": "phja-den-noodle-group",
        "title": _t(
            "Miến dong Phja Đén", "Phja Đén canna glass noodles", "ເສັ້ນລ້ອນແປ້ງມັນສາຄູ Phja Đén", "Phja Đén 蕉芋粉丝"
        ),
        "slug": _t("mien-dong-phja-den", "phja-den-canna-glass-noodles", "sen-lon-phja-den", "phja-den-jiaoyu-fensi"),
        "summary": _t(
            "Miến dong phơi nắng của làng nghề truyền thống Phja Đén, trên độ cao 1.000 m.",
            "Sun-dried canna glass noodles from the Phja Đén traditional craft village, above 1,000 m.",
            "ເສັ້ນລ້ອນແປ້ງມັນສາຄູຕາກແດດ ຈາກບ້ານຫັດຖະກຳພື້ນເມືອງ Phja Đén ເທິງຄວາມສູງ 1000 ແມັດ.",
            "来自海拔1000米以上 Phja Đén 传统手工艺村的日晒蕉芋粉丝。",
        ),
        "description": _t(
            "<p>Miến được làm từ tinh bột củ dong riềng ở xóm Phja Đén và Pù Vài, xã Thành Công. Mùa phơi miến rộ nhất là trước Tết.</p>"
            "<p>Tên “miến dong Phia Đén” đã được đăng ký bảo hộ và có hàng giả trên thị trường; hãy mua từ nhà sản xuất rõ nguồn gốc.</p>",
            "<p>The noodles are made from canna starch in the hamlets of Phja Đén and Pù Vài, Thành Công commune. Noodle drying peaks in the weeks before Tết.</p>"
            "<p>The name “Phia Đén canna noodles” is a registered mark and fakes are on sale, so buy from a known producer.</p>",
            "<p>ເສັ້ນລ້ອນເຮັດຈາກແປ້ງຫົວມັນສາຄູ ຢູ່ບ້ານ Phja Đén ແລະ Pù Vài ຕາແສງ Thành Công. ຊ່ວງຕາກເສັ້ນຫຼາຍທີ່ສຸດແມ່ນກ່ອນບຸນປີໃໝ່ຫວຽດນາມ (Tết).</p>"
            "<p>ຊື່ “ເສັ້ນລ້ອນ Phia Đén” ໄດ້ຈົດທະບຽນແລ້ວ ແລະ ມີຂອງປອມໃນຕະຫຼາດ ຈຶ່ງຄວນຊື້ຈາກຜູ້ຜະລິດທີ່ຮູ້ແຫຼ່ງທີ່ມາ.</p>",
            "<p>粉丝以成功乡 Phja Đén 和 Pù Vài 村的蕉芋淀粉制成。每年春节前是晾晒粉丝的高峰期。</p>"
            "<p>“Phia Đén 蕉芋粉丝”名称已注册保护，市场上有假冒产品，请向来源明确的生产者购买。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": None,  # listed as an OCOP specialty [C5] but star level (NF)
        "certificate_number": "",
        "issuing_body": _EMPTY,
        "certified_on": None,
        "protection": None,  # registered mark, type not stated [P3] -> not filled in
        "origin": _t(
            "Xã Thành Công, tỉnh Cao Bằng",
            "Thành Công commune, Cao Bằng province",
            "ຕາແສງ Thành Công, ແຂວງ Cao Bằng",
            "越南高平省成功乡",
        ),
        "season_months": [11, 12, 1, 2, 3],  # production Nov–Mar, peak before Tết (§4)
        "marketplaces": _mk(("shopee", "mien-dong-phja-den"), ("postmart", "mien-dong-phja-den")),
        "variants": [
            _v("CB-MDPD-500", _L500G, 60000, 500, 40),
            _v("CB-MDPD-1000", _L1KG, 115000, 1000, 25),
            _v(
                "CB-MDPD-GIFT",
                _t("Hộp quà 2 × 500 g", "Gift box 2 × 500 g", "ກ່ອງຂອງຂວັນ 2 × 500 ກຣາມ", "礼盒 2 × 500克"),
                150000,
                1100,
                12,
            ),
        ],
        "example_price": True,  # noodle retail price (NF)
        "colours": [[236, 228, 205], [120, 92, 60]],
    },
    # 2 ---------------------------------------------------------------------
    {
        "key": "mien-dong-an-lai",
        "producer": "cuong-yen",
        "title": _t(
            "Miến dong Án Lại Cường Yên",
            "Cường Yên Án Lại canna noodles",
            "ເສັ້ນລ້ອນ Án Lại Cường Yên",
            "Cường Yên Án Lại 蕉芋粉丝",
        ),
        "slug": _t(
            "mien-dong-an-lai-cuong-yen",
            "cuong-yen-an-lai-canna-noodles",
            "sen-lon-an-lai-cuong-yen",
            "cuong-yen-an-lai-jiaoyu-fensi",
        ),
        "summary": _t(
            "Miến dong Cường Yên từ vùng dong riềng Án Lại, sản phẩm OCOP 3 sao.",
            "Cường Yên canna noodles from the Án Lại canna area, rated OCOP 3-star.",
            "ເສັ້ນລ້ອນ Cường Yên ຈາກເຂດປູກມັນສາຄູ Án Lại ໄດ້ OCOP 3 ດາວ.",
            "来自 Án Lại 蕉芋产区的 Cường Yên 粉丝，OCOP 三星产品。",
        ),
        "description": _t(
            "<p>Xã Nguyễn Huệ có khoảng 217 ha dong riềng và hơn 100 hộ làm miến. Củ dong được thu hoạch từ cuối tháng 11, miến chủ yếu bán dịp Tết.</p>"
            "<p>Nhãn hiệu chứng nhận “Miến dong Án Lại” đang được xây dựng; chưa rõ đã được cấp hay chưa.</p>",
            "<p>Nguyễn Huệ commune has about 217 ha of canna and more than 100 noodle-making households. The roots are harvested from late November, and the noodles sell mainly for Tết.</p>"
            "<p>A certification mark “Miến dong Án Lại” is being developed; whether it has been granted is not known.</p>",
            "<p>ຕາແສງ Nguyễn Huệ ມີໄຮ່ມັນສາຄູປະມານ 217 ເຮັກຕາ ແລະ ຫຼາຍກວ່າ 100 ຄົວເຮືອນເຮັດເສັ້ນລ້ອນ. ຫົວມັນເລີ່ມຂຸດແຕ່ທ້າຍເດືອນພະຈິກ ແລະ ເສັ້ນລ້ອນສ່ວນຫຼາຍຂາຍໃນຊ່ວງບຸນປີໃໝ່ຫວຽດນາມ (Tết).</p>"
            "<p>ເຄື່ອງໝາຍຢັ້ງຢືນ “Miến dong Án Lại” ກຳລັງຢູ່ໃນຂັ້ນຕອນສ້າງ; ຍັງບໍ່ຮູ້ວ່າໄດ້ຮັບອະນຸມັດແລ້ວຫຼືບໍ່.</p>",
            "<p>阮惠乡种植蕉芋约217公顷，有100多户制作粉丝。蕉芋块根从11月下旬开始采收，粉丝主要在春节期间销售。</p>"
            "<p>“Án Lại 蕉芋粉丝”证明商标正在创建中，尚不清楚是否已获批准。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": 3,
        # EXAMPLE date: 3★ is sourced [C6], the year is not. Shown as a 2024
        # re-certification by the district (QĐ 148 rules).
        "certificate_number": "DEMO-CB-OCOP-2024-0101",
        "issuing_body": _HOA_AN_UBND,
        "certified_on": "2024-06-01",
        "protection": None,  # certification-mark project not known to be granted (U)
        "origin": _t(
            "Xã Nguyễn Huệ, tỉnh Cao Bằng",
            "Nguyễn Huệ commune, Cao Bằng province",
            "ຕາແສງ Nguyễn Huệ, ແຂວງ Cao Bằng",
            "越南高平省阮惠乡",
        ),
        "season_months": [11, 12, 1, 2, 3],
        "marketplaces": _mk(("lazada", "mien-dong-an-lai")),
        "variants": [
            _v("CB-MDAL-500", _L500G, 55000, 500, 30),
            _v("CB-MDAL-1000", _L1KG, 105000, 1000, 18),
        ],
        "example_price": True,
        "colours": [[222, 214, 190], [96, 70, 48]],
    },
    # 3 ---------------------------------------------------------------------
    {
        "key": "quyt-tra-linh",
        "producer": "tra-linh-mandarin-growers",
        "title": _t("Quýt Trà Lĩnh", "Trà Lĩnh mandarins", "ໝາກກ້ຽງ Trà Lĩnh", "茶岭柑橘"),
        "slug": _t("quyt-tra-linh", "tra-linh-mandarins", "mak-kieng-tra-linh", "chaling-ganju"),
        "summary": _t(
            "Quýt Trà Lĩnh mang nhãn hiệu tập thể, chín từ cuối tháng 11 đến tháng 1, đúng dịp Tết.",
            "Trà Lĩnh mandarins, a collective mark, ripen from late November to January, in time for Tết.",
            "ໝາກກ້ຽງ Trà Lĩnh ມີເຄື່ອງໝາຍການຄ້າລວມໝູ່ ສຸກແຕ່ທ້າຍເດືອນພະຈິກ ຮອດເດືອນມັງກອນ ທັນບຸນປີໃໝ່ຫວຽດນາມ (Tết).",
            "茶岭柑橘为集体商标产品，11月下旬至次年1月成熟，正值春节。",
        ),
        "description": _t(
            "<p>Quýt được trồng ở Quang Hán, Cao Chương và Hùng Quốc (huyện Trà Lĩnh cũ) trên khoảng 145 ha. Quả chín từ cuối tháng 11 đến tháng 1 dương lịch và được bán cho dịp Tết.</p>",
            "<p>The mandarins grow on about 145 ha in Quang Hán, Cao Chương and Hùng Quốc (former Trà Lĩnh district). The fruit ripens from late November to January and is sold for Tết.</p>",
            "<p>ໝາກກ້ຽງປູກຢູ່ Quang Hán, Cao Chương ແລະ Hùng Quốc (ອະດີດເມືອງ Trà Lĩnh) ເນື້ອທີ່ປະມານ 145 ເຮັກຕາ. ໝາກສຸກແຕ່ທ້າຍເດືອນພະຈິກ ຮອດເດືອນມັງກອນ ແລະ ຂາຍໃນຊ່ວງບຸນປີໃໝ່ຫວຽດນາມ (Tết).</p>",
            "<p>柑橘种植于 Quang Hán、Cao Chương 和 Hùng Quốc（原茶岭县），面积约145公顷。果实在公历11月下旬至1月成熟，供应春节市场。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": None,  # (NF)
        "certificate_number": "",
        "issuing_body": _EMPTY,
        "certified_on": None,
        # Collective mark [P6][P7]. The exact mark name and number are (NF);
        # "Quýt Trà Lĩnh" is ASSUMED to be the mark name.
        "protection": {"kind": "collective_mark", "name": "Quýt Trà Lĩnh", "number": ""},
        "origin": _t(
            "Vùng Trà Lĩnh, tỉnh Cao Bằng",
            "Trà Lĩnh area, Cao Bằng province",
            "ເຂດ Trà Lĩnh, ແຂວງ Cao Bằng",
            "越南高平省茶岭地区",
        ),
        "season_months": [11, 12, 1],
        "marketplaces": _mk(("tiktok", "quyt-tra-linh")),
        "variants": [
            _v("CB-QTL-1000", _L1KG, 50000, 1000, 60),
            _v("CB-QTL-5000", _t("Thùng 5 kg", "5 kg box", "ແກັດ 5 ກິໂລກຣາມ", "5公斤箱装"), 230000, 5000, 15),
        ],
        "example_price": True,  # price (NF)
        "colours": [[240, 140, 30], [60, 120, 50]],
    },
    # 4 ---------------------------------------------------------------------
    {
        "key": "hat-de-trung-khanh",
        "producer": "trung-khanh-chestnut-households",
        "title": _t("Hạt dẻ Trùng Khánh", "Trùng Khánh chestnuts", "ໝາກເກົາລັດ Trùng Khánh", "越南高平省重庆县板栗"),
        "slug": _t(
            "hat-de-trung-khanh", "trung-khanh-chestnuts", "mak-kaolat-trung-khanh", "gaoping-chongqingxian-banli"
        ),
        "summary": _t(
            "Hạt dẻ mang chỉ dẫn địa lý “Trùng Khánh” (số 00026), thu hoạch tháng 9–10.",
            "Chestnuts with the “Trùng Khánh” geographical indication (no. 00026), harvested in September and October.",
            "ໝາກເກົາລັດທີ່ມີສິ່ງບົ່ງບອກທາງພູມສາດ “Trùng Khánh” (ເລກທີ 00026) ເກັບກ່ຽວໃນເດືອນກັນຍາ–ຕຸລາ.",
            "拥有“Trùng Khánh”地理标志（第00026号）的越南高平省重庆县板栗，9–10月收获。",
        ),
        "description": _t(
            "<p>Hạt dẻ (tiếng Tày – Nùng: “Mác lịch”) mọc trên sườn núi đá vôi cao 450–600 m, rộ nhất vào tháng 9 và chỉ để được khoảng một tháng. Theo truyền thống, hạt dẻ được bán theo trăm hạt; hạt loại I khoảng 100 hạt/kg.</p>"
            "<p>Chỉ dẫn địa lý “Trùng Khánh” được cấp văn bằng số 00026 (Quyết định 496/QĐ-SHTT, 2011). Hạt dẻ Trung Quốc giả danh “Trùng Khánh” rất phổ biến, chỉ bằng khoảng một phần ba giá.</p>",
            "<p>The nuts (Tày–Nùng name “Mác lịch”) grow on limestone slopes at 450–600 m. The harvest peaks in September and the nuts keep for only about a month. They are traditionally sold by the hundred; grade I runs about 100 nuts per kilogram.</p>"
            "<p>The “Trùng Khánh” geographical indication was granted as certificate no. 00026 (Decision 496/QĐ-SHTT, 2011). Chinese chestnuts sold as “Trùng Khánh” are common and cost about a third as much.</p>",
            "<p>ໝາກເກົາລັດ (ພາສາ Tày–Nùng: “Mác lịch”) ປູກຢູ່ເທິງເນີນພູຫີນປູນສູງ 450–600 ແມັດ. ເກັບໄດ້ຫຼາຍທີ່ສຸດໃນເດືອນກັນຍາ ແລະ ເກັບໄວ້ໄດ້ພຽງປະມານໜຶ່ງເດືອນ. ຕາມປະເພນີ ຂາຍເປັນຮ້ອຍໜ່ວຍ; ເກຣດ I ປະມານ 100 ໜ່ວຍຕໍ່ກິໂລ.</p>"
            "<p>ສິ່ງບົ່ງບອກທາງພູມສາດ “Trùng Khánh” ໄດ້ຮັບໃບຢັ້ງຢືນເລກທີ 00026 (ຂໍ້ຕົກລົງ 496/QĐ-SHTT, 2011). ໝາກເກົາລັດຈີນທີ່ຂາຍອ້າງວ່າເປັນ “Trùng Khánh” ມີຫຼາຍ ແລະ ລາຄາພຽງປະມານໜຶ່ງສ່ວນສາມ.</p>",
            "<p>越南高平省重庆县板栗（岱依–侬语称“Mác lịch”）生长在海拔450–600米的石灰岩山坡上，9月为收获高峰，仅能保存约一个月。传统上按百粒出售，一级果约每公斤100粒。</p>"
            "<p>“Trùng Khánh”地理标志证书编号为00026（第496/QĐ-SHTT号决定，2011年）。注意：此“重庆”指越南高平省重庆县，并非中国重庆市；冒充该产地的中国板栗较常见，价格约为正品的三分之一。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": None,  # (NF)
        "certificate_number": "",
        "issuing_body": _EMPTY,
        "certified_on": None,
        "protection": {"kind": "geographical_indication", "name": "Trùng Khánh", "number": "00026"},
        "origin": _t(
            "Vùng Trùng Khánh, tỉnh Cao Bằng",
            "Trùng Khánh area, Cao Bằng province",
            "ເຂດ Trùng Khánh, ແຂວງ Cao Bằng",
            "越南高平省重庆县地区",
        ),
        "season_months": [9, 10],
        "marketplaces": _mk(
            ("shopee", "hat-de-trung-khanh"), ("lazada", "hat-de-trung-khanh"), ("postmart", "hat-de-trung-khanh")
        ),
        "variants": [
            # ~230,000 VND/kg is the recent observed price [P10]; still an example.
            _v(
                "CB-HDTK-100H",
                _t(
                    "100 hạt (khoảng 1 kg, loại I)",
                    "100 nuts (about 1 kg, grade I)",
                    "100 ໜ່ວຍ (ປະມານ 1 ກິໂລ, ເກຣດ I)",
                    "100粒（约1公斤，一级）",
                ),
                230000,
                1000,
                0,
            ),
            _v("CB-HDTK-500", _L500G, 115000, 500, 24),
            _v("CB-HDTK-1000", _L1KG, 230000, 1000, 16),
        ],
        "example_price": True,
        "colours": [[110, 62, 30], [200, 160, 100]],
    },
    # 5 ---------------------------------------------------------------------
    {
        "key": "nep-huong-bao-lac",
        "producer": "bao-lac-sticky-rice-households",
        "title": _t("Gạo nếp hương Bảo Lạc", "Bảo Lạc fragrant sticky rice", "ເຂົ້າໜຽວຫອມ Bảo Lạc", "保乐香糯米"),
        "slug": _t(
            "gao-nep-huong-bao-lac", "bao-lac-fragrant-sticky-rice", "khao-niao-hom-bao-lac", "baole-xiangnuomi"
        ),
        "summary": _t(
            "Gạo nếp “Khẩu nua hom” mang nhãn hiệu tập thể “Nếp hương Bảo Lạc”, sản phẩm OCOP 3 sao.",
            "“Khẩu nua hom” sticky rice under the collective mark “Nếp hương Bảo Lạc”, rated OCOP 3-star.",
            "ເຂົ້າໜຽວ “Khẩu nua hom” ພາຍໃຕ້ເຄື່ອງໝາຍການຄ້າລວມໝູ່ “Nếp hương Bảo Lạc” ໄດ້ OCOP 3 ດາວ.",
            "“Khẩu nua hom”糯米，使用“Nếp hương Bảo Lạc”集体商标，OCOP 三星产品。",
        ),
        "description": _t(
            "<p>Lúa nếp hương được trồng trên khoảng 70–80 ha ở Xuân Trường, Khánh Xuân và Phan Thanh, chỉ bón phân chuồng, năng suất 4,5–5 tấn thóc/ha.</p>"
            "<p>Nhãn hiệu tập thể “Nếp hương Bảo Lạc” được cấp năm 2020 (theo báo chí).</p>",
            "<p>The fragrant sticky rice grows on about 70–80 ha in Xuân Trường, Khánh Xuân and Phan Thanh, with manure as the only fertiliser. Yields are 4.5–5 tonnes of paddy per hectare.</p>"
            "<p>The collective mark “Nếp hương Bảo Lạc” was granted in 2020, according to the press.</p>",
            "<p>ເຂົ້າໜຽວຫອມປູກເທິງເນື້ອທີ່ປະມານ 70–80 ເຮັກຕາ ຢູ່ Xuân Trường, Khánh Xuân ແລະ Phan Thanh ໃຊ້ແຕ່ຝຸ່ນຄອກ ໄດ້ຜົນຜະລິດ 4,5–5 ໂຕນເຂົ້າເປືອກຕໍ່ເຮັກຕາ.</p>"
            "<p>ເຄື່ອງໝາຍການຄ້າລວມໝູ່ “Nếp hương Bảo Lạc” ໄດ້ຮັບໃນປີ 2020 (ຕາມຂ່າວ).</p>",
            "<p>香糯稻种植于 Xuân Trường、Khánh Xuân 和 Phan Thanh 三个乡，面积约70–80公顷，只施农家肥，每公顷产稻谷4.5–5吨。</p>"
            "<p>据报道，“Nếp hương Bảo Lạc”集体商标于2020年获得注册。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": 3,
        "certificate_number": "",
        "issuing_body": _EMPTY,  # year of the OCOP certificate (NF)
        "certified_on": None,
        "protection": {"kind": "collective_mark", "name": "Nếp hương Bảo Lạc", "number": ""},  # number (NF)
        "origin": _t(
            "Vùng Bảo Lạc, tỉnh Cao Bằng",
            "Bảo Lạc area, Cao Bằng province",
            "ເຂດ Bảo Lạc, ແຂວງ Cao Bằng",
            "越南高平省保乐地区",
        ),
        # Harvest month (NF); milled rice is shelf-stable, so sold all year.
        "season_months": _YEAR_ROUND,
        "marketplaces": _mk(("shopee", "nep-huong-bao-lac")),
        "variants": [
            _v("CB-NHBL-2000", _t("Túi 2 kg", "2 kg bag", "ຖົງ 2 ກິໂລກຣາມ", "2公斤袋装"), 90000, 2000, 35),
            _v("CB-NHBL-5000", _t("Túi 5 kg", "5 kg bag", "ຖົງ 5 ກິໂລກຣາມ", "5公斤袋装"), 210000, 5000, 10),
        ],
        "example_price": True,
        "colours": [[245, 240, 225], [170, 140, 60]],
    },
    # 6 ---------------------------------------------------------------------
    {
        "key": "thach-den-thach-an",
        "producer": "nong-thi-le-thuy",
        "title": _t("Thạch đen Thạch An", "Thạch An black jelly", "ວຸ້ນດຳ Thạch An", "石安黑凉粉"),
        "slug": _t("thach-den-thach-an", "thach-an-black-jelly", "vun-dam-thach-an", "shian-heiliangfen"),
        "summary": _t(
            "Thạch đen từ cây sương sáo Thạch An của hộ Nông Thị Lệ Thùy, OCOP 3 sao năm 2020.",
            "Black jelly from Thạch An grass-jelly plants, made by the Nông Thị Lệ Thùy household; OCOP 3-star in 2020.",
            "ວຸ້ນດຳຈາກຕົ້ນເຉົາກ໊ວຍ Thạch An ຂອງຄົວເຮືອນ Nông Thị Lệ Thùy ໄດ້ OCOP 3 ດາວ ໃນປີ 2020.",
            "Nông Thị Lệ Thùy 家庭用石安仙草制作的黑凉粉，2020年获评 OCOP 三星。",
        ),
        "description": _t(
            "<p>Cây sương sáo được trồng khoảng đầu tháng 2, thu hoạch sau khoảng 4 tháng, tốt nhất vào mùa mưa; lá được phơi khô dưới nắng. Xã Đức Thông có vùng trồng lớn nhất huyện, khoảng 100 ha.</p>"
            "<p>Sản phẩm đạt OCOP 3 sao năm 2020 và danh hiệu “Thương hiệu Nông nghiệp Vàng 2022”.</p>",
            "<p>The grass-jelly plant is set out in early February and cut about four months later, best in the rainy season. The leaves are dried in the sun. Đức Thông commune has the largest growing area in the district, about 100 ha.</p>"
            "<p>The product was rated OCOP 3-star in 2020 and won the “Golden Agriculture Brand 2022” title.</p>",
            "<p>ຕົ້ນເຉົາກ໊ວຍປູກປະມານຕົ້ນເດືອນກຸມພາ ແລະ ເກັບກ່ຽວຫຼັງຈາກນັ້ນປະມານ 4 ເດືອນ ດີທີ່ສຸດໃນລະດູຝົນ; ໃບຖືກຕາກແດດໃຫ້ແຫ້ງ. ຕາແສງ Đức Thông ມີເນື້ອທີ່ປູກຫຼາຍທີ່ສຸດ ປະມານ 100 ເຮັກຕາ.</p>"
            "<p>ຜະລິດຕະພັນໄດ້ OCOP 3 ດາວ ໃນປີ 2020 ແລະ ໄດ້ຮັບລາງວັນ “ຍີ່ຫໍ້ກະສິກຳຄຳ 2022”.</p>",
            "<p>仙草约在2月初种植，约4个月后收割，以雨季采收为佳，叶子在阳光下晒干。Đức Thông 乡种植面积为全县最大，约100公顷。</p>"
            "<p>该产品于2020年获评 OCOP 三星，并获“2022年金牌农业品牌”称号。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": 3,
        # Year 2020 is sourced [P19]; day "-06-01" is an EXAMPLE. Lapsed 2023-06-01.
        "certificate_number": "",
        "issuing_body": _PROVINCE_UBND,  # QĐ 1048 era: province recognised 3★
        "certified_on": "2020-06-01",
        "protection": None,
        "origin": _t(
            "Vùng Thạch An, tỉnh Cao Bằng",
            "Thạch An area, Cao Bằng province",
            "ເຂດ Thạch An, ແຂວງ Cao Bằng",
            "越南高平省石安地区",
        ),
        "season_months": _YEAR_ROUND,  # processed product; leaf harvest Jun–Sep (§4)
        "marketplaces": _mk(("shopee", "thach-den-thach-an"), ("tiktok", "thach-den-thach-an")),
        "variants": [
            _v("CB-TDTA-500", _L500G, 70000, 500, 28),
            _v("CB-TDTA-1000", _L1KG, 130000, 1000, 9),
        ],
        "example_price": True,  # price (NF)
        "colours": [[30, 30, 30], [90, 130, 70]],
    },
    # 7 ---------------------------------------------------------------------
    {
        "key": "dao-ren-phuc-sen",
        "producer": "htx-minh-tuan",
        "title": _t("Dao rèn Phúc Sen", "Phúc Sen hand-forged knives", "ມີດຕີມື Phúc Sen", "Phúc Sen 手工锻打刀"),
        "slug": _t(
            "dao-ren-phuc-sen", "phuc-sen-hand-forged-knives", "mit-ti-mue-phuc-sen", "phuc-sen-shougong-duanda-dao"
        ),
        "summary": _t(
            "Dao rèn tay của người Nùng An làng Phúc Sen, Hợp tác xã Minh Tuấn, OCOP 3 sao năm 2020.",
            "Hand-forged Nùng An knives from Phúc Sen village by the Minh Tuấn Cooperative, OCOP 3-star in 2020.",
            "ມີດຕີດ້ວຍມືຂອງຊົນເຜົ່າ Nùng An ບ້ານ Phúc Sen ໂດຍສະຫະກອນ Minh Tuấn ໄດ້ OCOP 3 ດາວ ໃນປີ 2020.",
            "Phúc Sen 村侬族（Nùng An）手工锻打刀具，Minh Tuấn 合作社出品，2020年获评 OCOP 三星。",
        ),
        "description": _t(
            "<p>Thợ rèn Phúc Sen dùng thép nhíp ô tô, nung trong lò đất sét cao khoảng 80 cm và rèn tay. Khách có thể xem rèn tại các xưởng gia đình dọc Quốc lộ 3; nên đeo kính, mặc áo dài tay và đi giày vì tia lửa.</p>",
            "<p>Phúc Sen smiths forge truck leaf-spring steel by hand, heating it in clay furnaces about 80 cm tall. Visitors can watch at home workshops along National Road 3; wear sunglasses, long sleeves and shoes because of the sparks.</p>",
            "<p>ຊ່າງຕີເຫຼັກ Phúc Sen ໃຊ້ເຫຼັກແໜບລົດບັນທຸກ ເຜົາໃນເຕົາດິນໜຽວສູງປະມານ 80 ຊັງຕີແມັດ ແລ້ວຕີດ້ວຍມື. ນັກທ່ອງທ່ຽວສາມາດເບິ່ງການຕີເຫຼັກຢູ່ໂຮງງານຄົວເຮືອນຕາມທາງເລກ 3; ຄວນໃສ່ແວ່ນຕາ, ເສື້ອແຂນຍາວ ແລະ ເກີບ ເພາະມີສະເກັດໄຟ.</p>",
            "<p>Phúc Sen 铁匠用汽车钢板弹簧钢，在约80厘米高的黏土炉中加热后手工锻打。游客可在3号国道沿线的家庭作坊参观锻造；因有火星飞溅，请戴墨镜、穿长袖衣服和鞋子。</p>",
        ),
        "ocop_group": "handicrafts",
        "ocop_stars": 3,
        # Year 2020 is sourced [P24][P37]; day "-06-01" is an EXAMPLE. Lapsed 2023-06-01.
        "certificate_number": "",
        "issuing_body": _PROVINCE_UBND,
        "certified_on": "2020-06-01",
        "protection": None,  # certification mark only applied for (published 23 Jan 2025), not granted (U)
        "origin": _t(
            "Xã Phúc Sen, tỉnh Cao Bằng",
            "Phúc Sen commune, Cao Bằng province",
            "ຕາແສງ Phúc Sen, ແຂວງ Cao Bằng",
            "越南高平省 Phúc Sen 乡",
        ),
        "season_months": _YEAR_ROUND,
        "marketplaces": _mk(
            ("shopee", "dao-ren-phuc-sen"), ("lazada", "dao-ren-phuc-sen"), ("tiktok", "dao-ren-phuc-sen")
        ),
        "variants": [
            # Old roadside prices [P25]: small kitchen knife 15–20k, chopping knife 120–140k.
            _v("CB-DRPS-BEP", _t("Dao bếp nhỏ", "Small kitchen knife", "ມີດຄົວນ້ອຍ", "小厨刀"), 20000, 150, 50),
            _v("CB-DRPS-CHAT", _t("Dao chặt", "Chopping knife", "ມີດຟັນ", "砍刀"), 140000, 600, 3),
        ],
        "example_price": True,  # prices from an older article
        "colours": [[70, 75, 85], [200, 90, 30]],
    },
    # 8 ---------------------------------------------------------------------
    {
        "key": "bua-riu-phuc-sen",
        "producer": "htx-minh-tuan",
        "title": _t(
            "Búa và rìu rèn Phúc Sen",
            "Phúc Sen forged hammers and axes",
            "ຄ້ອນ ແລະ ຂວານຕີມື Phúc Sen",
            "Phúc Sen 锻打锤和斧",
        ),
        "slug": _t(
            "bua-riu-ren-phuc-sen", "phuc-sen-hammers-and-axes", "khon-lae-khuan-phuc-sen", "phuc-sen-duanda-chui-fu"
        ),
        "summary": _t(
            "Búa và rìu rèn tay từ làng rèn Phúc Sen của người Nùng An.",
            "Hand-forged hammers and axes from the Nùng An forging village of Phúc Sen.",
            "ຄ້ອນ ແລະ ຂວານຕີດ້ວຍມື ຈາກບ້ານຕີເຫຼັກ Phúc Sen ຂອງຊົນເຜົ່າ Nùng An.",
            "来自 Phúc Sen 侬族打铁村的手工锻打锤和斧。",
        ),
        "description": _t(
            "<p>Ngoài dao, các lò rèn Phúc Sen còn làm búa và rìu. Khoảng 140–160 hộ theo nghề rèn; truyền thuyết kể nghề có từ thế kỷ XI, khi làng rèn vũ khí cho Nùng Tồn Phúc và Nùng Trí Cao.</p>",
            "<p>Besides knives, Phúc Sen forges make hammers and axes. Some 140–160 households work as smiths. Legend says the craft began in the 11th century, forging weapons for Nùng Tồn Phúc and Nùng Trí Cao.</p>",
            "<p>ນອກຈາກມີດ ໂຮງຕີເຫຼັກ Phúc Sen ຍັງເຮັດຄ້ອນ ແລະ ຂວານ. ມີປະມານ 140–160 ຄົວເຮືອນເຮັດອາຊີບຕີເຫຼັກ; ຕາມຕຳນານ ອາຊີບນີ້ເລີ່ມແຕ່ສະຕະວັດທີ 11 ເມື່ອບ້ານຕີອາວຸດໃຫ້ Nùng Tồn Phúc ແລະ Nùng Trí Cao.</p>",
            "<p>除刀具外，Phúc Sen 的铁匠铺还打造锤子和斧头。约有140–160户从事锻造；相传这门手艺始于11世纪，当时村民为侬存福（Nùng Tồn Phúc）和侬智高（Nùng Trí Cao）打造兵器。</p>",
        ),
        "ocop_group": "handicrafts",
        "ocop_stars": None,  # not known to be OCOP-rated
        "certificate_number": "",
        "issuing_body": _EMPTY,
        "certified_on": None,
        "protection": None,
        "origin": _t(
            "Xã Phúc Sen, tỉnh Cao Bằng",
            "Phúc Sen commune, Cao Bằng province",
            "ຕາແສງ Phúc Sen, ແຂວງ Cao Bằng",
            "越南高平省 Phúc Sen 乡",
        ),
        "season_months": _YEAR_ROUND,
        "marketplaces": [],
        "variants": [
            # Old roadside prices [P25]: hammer 150k–250k, axe 120–180k.
            _v("CB-BRPS-BUA-S", _t("Búa nhỏ", "Small hammer", "ຄ້ອນນ້ອຍ", "小锤"), 150000, 800, 14),
            _v("CB-BRPS-BUA-L", _t("Búa lớn", "Large hammer", "ຄ້ອນໃຫຍ່", "大锤"), 250000, 1500, 6),
            _v("CB-BRPS-RIU", _t("Rìu", "Axe", "ຂວານ", "斧头"), 180000, 1200, 8),
        ],
        "example_price": True,
        "colours": [[55, 55, 60], [160, 110, 70]],
    },
    # 9 ---------------------------------------------------------------------
    {
        "key": "thit-lon-hun-khoi",
        "producer": "demo-smokehouse",
        "title": _t("Thịt lợn hun khói Cao Bằng", "Cao Bằng smoked pork", "ຊີ້ນໝູຮົມຄວັນ Cao Bằng", "高平烟熏猪肉"),
        "slug": _t(
            "thit-lon-hun-khoi-cao-bang", "cao-bang-smoked-pork", "sin-mu-hom-khuan-cao-bang", "gaoping-yanxun-zhurou"
        ),
        "summary": _t(
            "Thịt lợn hun khói theo truyền thống Tày, Nùng, sản phẩm OCOP 3 sao.",
            "Smoked pork in the Tày and Nùng tradition, rated OCOP 3-star.",
            "ຊີ້ນໝູຮົມຄວັນຕາມປະເພນີຂອງຊົນເຜົ່າ Tày ແລະ Nùng ໄດ້ OCOP 3 ດາວ.",
            "按岱依族、侬族传统制作的烟熏猪肉，OCOP 三星产品。",
        ),
        "description": _t(
            "<p>Thịt lợn hun khói là món truyền thống của người Tày, Nùng ở Cao Bằng, thường được làm trước mùa lạnh và dịp Tết.</p>",
            "<p>Smoked pork is a traditional food of the Tày and Nùng people of Cao Bằng. It is usually made before the cold season and Tết.</p>",
            "<p>ຊີ້ນໝູຮົມຄວັນແມ່ນອາຫານພື້ນເມືອງຂອງຊົນເຜົ່າ Tày ແລະ Nùng ໃນ Cao Bằng ມັກເຮັດກ່ອນລະດູໜາວ ແລະ ບຸນປີໃໝ່ຫວຽດນາມ (Tết).</p>",
            "<p>烟熏猪肉是高平省岱依族、侬族的传统食品，通常在入冬和春节前制作。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": 3,
        "certificate_number": "",
        "issuing_body": _EMPTY,  # producer and year (NF)
        "certified_on": None,
        "protection": None,
        "origin": _t("Tỉnh Cao Bằng", "Cao Bằng province", "ແຂວງ Cao Bằng", "越南高平省"),
        "season_months": [11, 12, 1, 2],  # "before the cold season and Tết" is (U)
        "marketplaces": _mk(("shopee", "thit-lon-hun-khoi"), ("tiktok", "thit-lon-hun-khoi")),
        "variants": [
            _v("CB-TLHK-500", _L500G, 250000, 500, 20),
            _v("CB-TLHK-1000", _L1KG, 480000, 1000, 7),
        ],
        "example_price": True,  # price (NF)
        "colours": [[120, 45, 30], [60, 40, 30]],
    },
    # 10 --------------------------------------------------------------------
    # DELIBERATE LAO GAP: all Lao fields of this product are "" so that the
    # site shows its English-fallback notice. Do not "fix" this.
    {
        "key": "lap-suon-hun-khoi",
        "producer": "demo-smokehouse",
        "title": _t("Lạp sườn hun khói Cao Bằng", "Cao Bằng smoked sausage", "", "高平烟熏腊肠"),
        "slug": _t(
            "lap-suon-hun-khoi-cao-bang",
            "cao-bang-smoked-sausage",
            "kunsieng-hom-khuan-cao-bang",
            "gaoping-yanxun-lachang",
        ),
        "summary": _t(
            "Lạp sườn hun khói Cao Bằng, sản phẩm OCOP 3 sao.",
            "Cao Bằng smoked sausage, rated OCOP 3-star.",
            "",
            "高平烟熏腊肠，OCOP 三星产品。",
        ),
        "description": _t(
            "<p>Lạp sườn được hun khói theo cách làm ở Cao Bằng, thường làm vào dịp chuẩn bị Tết cùng thịt hun khói.</p>",
            "<p>The sausage is smoked the Cao Bằng way. Like smoked pork, it is usually made in the run-up to Tết.</p>",
            "",
            "<p>按高平做法烟熏的腊肠，与烟熏肉一样，通常在春节前制作。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": 3,
        "certificate_number": "",
        "issuing_body": _EMPTY,
        "certified_on": None,
        "protection": None,
        "origin": _t("Tỉnh Cao Bằng", "Cao Bằng province", "", "越南高平省"),
        "season_months": [11, 12, 1, 2],  # (U), as for smoked pork
        "marketplaces": _mk(("shopee", "lap-suon-hun-khoi")),
        "variants": [
            _v("CB-LSHK-500", _t("500 g", "500 g", "", "500克"), 200000, 500, 22),
        ],
        "example_price": True,
        "colours": [[150, 40, 35], [230, 200, 170]],
    },
    # 11 --------------------------------------------------------------------
    {
        "key": "tra-kolia-danh-tra",
        "producer": "kolia-cao-bang",
        "title": _t("Trà Kolia Danh Trà", "Kolia Danh Trà tea", "ຊາ Kolia Danh Trà", "Kolia Danh Trà 茶"),
        "slug": _t("tra-kolia-danh-tra", "kolia-danh-tra-tea", "sa-kolia-danh-tra", "kolia-danh-tra-cha"),
        "summary": _t(
            "Trà Danh Trà của Kolia Cao Bằng, trồng trên độ cao 1.000 m, sản phẩm OCOP 4 sao.",
            "Kolia Cao Bằng's Danh Trà tea, grown above 1,000 m and rated OCOP 4-star.",
            "ຊາ Danh Trà ຂອງ Kolia Cao Bằng ປູກເທິງຄວາມສູງກວ່າ 1000 ແມັດ ໄດ້ OCOP 4 ດາວ.",
            "高平 Kolia 公司的 Danh Trà 茶，种植于海拔1000米以上，OCOP 四星产品。",
        ),
        "description": _t(
            "<p>Chè được trồng ở xã Thành Công (Nguyên Bình cũ) trên độ cao hơn 1.000 m, theo hướng hữu cơ. Trà Kolia có mặt trên thị trường từ năm 2013 và xuất khẩu từ năm 2019.</p>",
            "<p>The tea grows above 1,000 m in Thành Công commune (formerly Nguyên Bình district) using organic practice. Kolia teas have been sold since 2013 and exported since 2019.</p>",
            "<p>ຊາປູກຢູ່ຕາແສງ Thành Công (ອະດີດເມືອງ Nguyên Bình) ເທິງຄວາມສູງກວ່າ 1000 ແມັດ ແບບກະສິກຳອິນຊີ. ຊາ Kolia ວາງຂາຍແຕ່ປີ 2013 ແລະ ສົ່ງອອກແຕ່ປີ 2019.</p>",
            "<p>茶树以有机方式种植于成功乡（原元平县）海拔1000米以上。Kolia 茶自2013年上市，2019年开始出口。</p>",
        ),
        "ocop_group": "beverages",
        "ocop_stars": 4,
        # EXAMPLE date: 4★ is sourced [C4][C7], the year is not. Shown as a
        # 2024 provincial re-certification. Valid until 2027-06-01.
        "certificate_number": "DEMO-CB-OCOP-2024-0201",
        "issuing_body": _PROVINCE_UBND,
        "certified_on": "2024-06-01",
        "protection": None,
        "origin": _t(
            "Xã Thành Công, tỉnh Cao Bằng",
            "Thành Công commune, Cao Bằng province",
            "ຕາແສງ Thành Công, ແຂວງ Cao Bằng",
            "越南高平省成功乡",
        ),
        "season_months": _YEAR_ROUND,  # dried tea; harvest season (NF)
        "marketplaces": _mk(("shopee", "kolia-danh-tra"), ("lazada", "kolia-danh-tra"), ("tiktok", "kolia-danh-tra")),
        "variants": [
            # Export price averages ~1 million VND/kg [C7]; retail price (NF).
            _v("CB-KLDT-100", _L100G, 100000, 100, 45),
            _v(
                "CB-KLDT-GIFT",
                _t("Hộp quà 200 g", "Gift box 200 g", "ກ່ອງຂອງຂວັນ 200 ກຣາມ", "礼盒 200克"),
                220000,
                300,
                12,
            ),
        ],
        "example_price": True,
        "colours": [[70, 110, 50], [200, 190, 140]],
    },
    # 12 --------------------------------------------------------------------
    {
        "key": "tra-kolia-dinh-tra",
        "producer": "kolia-cao-bang",
        "title": _t("Trà Kolia Đinh Trà", "Kolia Đinh Trà tea", "ຊາ Kolia Đinh Trà", "Kolia Đinh Trà 茶"),
        "slug": _t("tra-kolia-dinh-tra", "kolia-dinh-tra-tea", "sa-kolia-dinh-tra", "kolia-dinh-tra-cha"),
        "summary": _t(
            "Trà Đinh Trà của Kolia Cao Bằng, sản phẩm OCOP 4 sao.",
            "Kolia Cao Bằng's Đinh Trà tea, rated OCOP 4-star.",
            "ຊາ Đinh Trà ຂອງ Kolia Cao Bằng ໄດ້ OCOP 4 ດາວ.",
            "高平 Kolia 公司的 Đinh Trà 茶，OCOP 四星产品。",
        ),
        "description": _t(
            "<p>Đinh Trà được trồng trên vùng cao Thành Công, nơi Kolia kết hợp làm chè với du lịch sinh thái. Từ năm 2024, công ty đã xuất hơn 1 tấn trà sang Trung Quốc.</p>",
            "<p>Đinh Trà grows in the Thành Công highlands, where Kolia combines tea growing with eco-tourism. Since 2024 the company has exported more than a tonne of tea to China.</p>",
            "<p>ຊາ Đinh Trà ປູກຢູ່ເຂດພູສູງ Thành Công ບ່ອນທີ່ Kolia ປະສົມປະສານການປູກຊາກັບການທ່ອງທ່ຽວທຳມະຊາດ. ນັບແຕ່ປີ 2024 ບໍລິສັດໄດ້ສົ່ງຊາອອກໄປຈີນຫຼາຍກວ່າ 1 ໂຕນ.</p>",
            "<p>Đinh Trà 茶种植于成功乡高山地区，Kolia 在此将种茶与生态旅游相结合。自2024年以来，公司已向中国出口茶叶1吨以上。</p>",
        ),
        "ocop_group": "beverages",
        "ocop_stars": 4,
        # EXAMPLE date (see Danh Trà). Valid until 2027-06-01.
        "certificate_number": "DEMO-CB-OCOP-2024-0202",
        "issuing_body": _PROVINCE_UBND,
        "certified_on": "2024-06-01",
        "protection": None,
        "origin": _t(
            "Xã Thành Công, tỉnh Cao Bằng",
            "Thành Công commune, Cao Bằng province",
            "ຕາແສງ Thành Công, ແຂວງ Cao Bằng",
            "越南高平省成功乡",
        ),
        "season_months": _YEAR_ROUND,
        "marketplaces": _mk(("lazada", "kolia-dinh-tra")),
        "variants": [
            _v("CB-KLDI-100", _L100G, 120000, 100, 30),
            _v("CB-KLDI-200", _L200G, 230000, 200, 14),
        ],
        "example_price": True,
        "colours": [[40, 90, 60], [180, 150, 90]],
    },
    # 13 --------------------------------------------------------------------
    {
        "key": "khau-sli-na-giang",
        "producer": "htx-khau-sli-na-giang",
        "title": _t(
            "Bánh khẩu sli Nà Giàng",
            "Nà Giàng khẩu sli rice brittle",
            "ເຂົ້າໜົມ khẩu sli Nà Giàng",
            "Nà Giàng 米花糖（khẩu sli）",
        ),
        "slug": _t(
            "banh-khau-sli-na-giang",
            "na-giang-khau-sli-rice-brittle",
            "khao-nom-khau-sli-na-giang",
            "na-giang-mihuatang",
        ),
        "summary": _t(
            "Bánh nếp nổ, lạc và đường phên của HTX Nà Giàng, sản phẩm OCOP 3 sao.",
            "Puffed sticky rice and peanut brittle with cane jaggery from the Nà Giàng cooperative, rated OCOP 3-star.",
            "ເຂົ້າໜົມເຂົ້າໜຽວພອງ, ຖົ່ວດິນ ແລະ ນ້ຳອ້ອຍແຂງ ຂອງສະຫະກອນ Nà Giàng ໄດ້ OCOP 3 ດາວ.",
            "Nà Giàng 合作社用爆糯米、花生和甘蔗土糖制作的米花糖，OCOP 三星产品。",
        ),
        "description": _t(
            "<p>Khẩu sli được làm từ gạo nếp nổ, lạc và đường phên mía. Bánh là món Tết, nhưng được bán quanh năm cho du khách đến Khu di tích Pác Bó.</p>"
            "<p>Tại Lễ hội về nguồn Pác Bó năm 2019 từng có hội thi làm bánh khẩu sli.</p>",
            "<p>Khẩu sli is made from puffed sticky rice, peanuts and sugar-cane jaggery (đường phên). It is a Tết treat but is sold all year to visitors to the Pác Bó historic site.</p>"
            "<p>The 2019 Pác Bó “return to the source” festival included a khẩu sli-making contest.</p>",
            "<p>Khẩu sli ເຮັດຈາກເຂົ້າໜຽວພອງ, ຖົ່ວດິນ ແລະ ນ້ຳອ້ອຍແຂງ (đường phên). ເປັນເຂົ້າໜົມບຸນປີໃໝ່ຫວຽດນາມ (Tết) ແຕ່ຂາຍຕະຫຼອດປີໃຫ້ນັກທ່ອງທ່ຽວທີ່ມາຢ້ຽມຢາມເຂດປະຫວັດສາດ Pác Bó.</p>"
            "<p>ໃນງານບຸນ Pác Bó ປີ 2019 ມີການແຂ່ງຂັນເຮັດເຂົ້າໜົມ khẩu sli.</p>",
            "<p>米花糖（khẩu sli）用爆糯米、花生和甘蔗土糖（đường phên）制成。它是春节食品，但全年向北坡（Pác Bó）历史遗迹区的游客销售。</p>"
            "<p>2019年北坡“寻根”节上曾举办米花糖制作比赛。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": 3,
        # EXAMPLE date: 3★ sourced [C4][C5], year not. Shown as a district
        # re-certification before the July 2025 change. Valid until 2028-06-01.
        "certificate_number": "DEMO-CB-OCOP-2025-0301",
        "issuing_body": _HA_QUANG_UBND,
        "certified_on": "2025-06-01",
        "protection": None,
        "origin": _t(
            "Xã Ngọc Đào, tỉnh Cao Bằng",
            "Ngọc Đào commune, Cao Bằng province",
            "ຕາແສງ Ngọc Đào, ແຂວງ Cao Bằng",
            "越南高平省 Ngọc Đào 乡",
        ),
        "season_months": _YEAR_ROUND,  # sold all year; peak at Tết
        "marketplaces": _mk(("shopee", "khau-sli-na-giang"), ("postmart", "khau-sli-na-giang")),
        "variants": [
            _v("CB-KSNG-300", _t("Gói 300 g", "300 g pack", "ຖົງ 300 ກຣາມ", "300克袋装"), 40000, 300, 55),
            _v("CB-KSNG-GIFT", _t("Hộp quà", "Gift box", "ກ່ອງຂອງຂວັນ", "礼盒"), 90000, 700, 20),
        ],
        "example_price": True,  # price (NF)
        "colours": [[245, 235, 210], [180, 120, 50]],
    },
    # 14 --------------------------------------------------------------------
    {
        "key": "mat-ong-rung-hoang-tung",
        "producer": "hoang-tung-honey",
        "title": _t("Mật ong rừng Hoàng Tung", "Hoàng Tung forest honey", "ນ້ຳເຜິ້ງປ່າ Hoàng Tung", "Hoàng Tung 森林蜂蜜"),
        "slug": _t(
            "mat-ong-rung-hoang-tung", "hoang-tung-forest-honey", "nam-phueng-pa-hoang-tung", "hoang-tung-senlin-fengmi"
        ),
        "summary": _t(
            "Mật ong rừng tự nhiên Hoàng Tung, sản phẩm OCOP 3 sao.",
            "Natural forest honey from Hoàng Tung, rated OCOP 3-star.",
            "ນ້ຳເຜິ້ງປ່າທຳມະຊາດ Hoàng Tung ໄດ້ OCOP 3 ດາວ.",
            "Hoàng Tung 天然森林蜂蜜，OCOP 三星产品。",
        ),
        "description": _t(
            "<p>Mật ong rừng tự nhiên xã Hoàng Tung là một trong 14 sản phẩm OCOP của huyện Hòa An cũ. Từ năm 2025, Hoàng Tung thuộc phường Thục Phán.</p>",
            "<p>Natural forest honey from Hoàng Tung commune is one of the 14 OCOP products of the former Hòa An district. Since 2025 Hoàng Tung has been part of Thục Phán ward.</p>",
            "<p>ນ້ຳເຜິ້ງປ່າທຳມະຊາດ ຕາແສງ Hoàng Tung ແມ່ນໜຶ່ງໃນ 14 ຜະລິດຕະພັນ OCOP ຂອງອະດີດເມືອງ Hòa An. ນັບແຕ່ປີ 2025 Hoàng Tung ຂຶ້ນກັບເຂດ Thục Phán.</p>",
            "<p>Hoàng Tung 乡天然森林蜂蜜是原和安县14个 OCOP 产品之一。自2025年起，Hoàng Tung 并入 Thục Phán 坊。</p>",
        ),
        "ocop_group": "food",
        "ocop_stars": 3,
        # EXAMPLE date: 3★ sourced [C6], year not. Valid until 2028-06-01.
        "certificate_number": "DEMO-CB-OCOP-2025-0102",
        "issuing_body": _HOA_AN_UBND,
        "certified_on": "2025-06-01",
        "protection": None,
        "origin": _t(
            "Phường Thục Phán (xã Hoàng Tung cũ), tỉnh Cao Bằng",
            "Thục Phán ward (former Hoàng Tung commune), Cao Bằng province",
            "ເຂດ Thục Phán (ອະດີດຕາແສງ Hoàng Tung), ແຂວງ Cao Bằng",
            "越南高平省 Thục Phán 坊（原 Hoàng Tung 乡）",
        ),
        "season_months": _YEAR_ROUND,  # harvest season (NF)
        "marketplaces": _mk(("tiktok", "mat-ong-hoang-tung")),
        "variants": [
            _v("CB-MOHT-500", _t("Chai 500 ml", "500 ml bottle", "ແກ້ວ 500 ມລ", "500毫升瓶装"), 250000, 700, 18),
        ],
        "example_price": True,  # price (NF)
        "colours": [[220, 160, 40], [110, 70, 20]],
    },
    # 15 --------------------------------------------------------------------
    {
        "key": "tho-cam-tay-lung-noi",
        "producer": "nong-thi-thuoc",
        "title": _t("Thổ cẩm Tày Lũng Nội", "Lũng Nội Tày brocade", "ຜ້າທໍ Tày Lũng Nội", "Lũng Nội 岱依族织锦"),
        "slug": _t("tho-cam-tay-lung-noi", "lung-noi-tay-brocade", "pha-tho-tay-lung-noi", "lung-noi-daiyizu-zhijin"),
        "summary": _t(
            "Túi, ví và vỏ gối thổ cẩm Tày dệt tay ở Lũng Nội, nghề được công nhận di sản phi vật thể quốc gia.",
            "Hand-woven Tày brocade bags, wallets and pillow covers from Lũng Nội, a craft listed as national intangible heritage.",
            "ກະເປົາ, ກະເປົາເງິນ ແລະ ປອກໝອນ ຜ້າທໍມືຂອງຊົນເຜົ່າ Tày ຈາກ Lũng Nội ເຊິ່ງເປັນມໍລະດົກບໍ່ມີຕົວຕົນແຫ່ງຊາດ.",
            "Lũng Nội 手工织造的岱依族织锦包、钱包和枕套，该技艺为国家级非物质文化遗产。",
        ),
        "description": _t(
            "<p>Lũng Nội là điểm dừng trên tuyến phía Bắc của Công viên địa chất Non nước Cao Bằng; du khách có thể xem dệt và mua túi, ví, vỏ gối thổ cẩm. Nghề dệt thổ cẩm Tày ở Ngọc Đào được công nhận là Di sản văn hóa phi vật thể quốc gia năm 2023.</p>",
            "<p>Lũng Nội is a stop on the northern route of the Non Nước Cao Bằng Geopark. Visitors can watch weaving and buy brocade bags, wallets and pillow covers. Tày brocade weaving in Ngọc Đào was named National Intangible Cultural Heritage in 2023.</p>",
            "<p>Lũng Nội ເປັນຈຸດແວ່ຢາມໃນເສັ້ນທາງພາກເໜືອຂອງອຸທະຍານທໍລະນີສາດ Non Nước Cao Bằng; ນັກທ່ອງທ່ຽວສາມາດເບິ່ງການທໍຜ້າ ແລະ ຊື້ກະເປົາ, ກະເປົາເງິນ, ປອກໝອນ. ການທໍຜ້າຂອງຊົນເຜົ່າ Tày ຢູ່ Ngọc Đào ເປັນມໍລະດົກວັດທະນະທຳບໍ່ມີຕົວຕົນແຫ່ງຊາດ ນັບແຕ່ປີ 2023.</p>",
            "<p>Lũng Nội 是高平山水地质公园北线的一站，游客可观看织锦并购买织锦包、钱包和枕套。Ngọc Đào 乡的岱依族织锦技艺于2023年被列入国家级非物质文化遗产。</p>",
        ),
        "ocop_group": "handicrafts",  # textiles fall under handicrafts in QĐ 148 (U)
        "ocop_stars": None,  # (NF)
        "certificate_number": "",
        "issuing_body": _EMPTY,
        "certified_on": None,
        "protection": None,
        "origin": _t(
            "Xóm Lũng Nội, xã Ngọc Đào, tỉnh Cao Bằng",
            "Lũng Nội hamlet, Ngọc Đào commune, Cao Bằng province",
            "ບ້ານ Lũng Nội, ຕາແສງ Ngọc Đào, ແຂວງ Cao Bằng",
            "越南高平省 Ngọc Đào 乡 Lũng Nội 村",
        ),
        "season_months": _YEAR_ROUND,
        "marketplaces": _mk(("shopee", "tho-cam-lung-noi")),
        "variants": [
            _v("CB-TCLN-TUI", _t("Túi đeo", "Shoulder bag", "ກະເປົາສະພາຍ", "挎包"), 350000, 300, 6),
            _v("CB-TCLN-VI", _t("Ví", "Wallet", "ກະເປົາເງິນ", "钱包"), 120000, 80, 15),
            _v("CB-TCLN-GOI", _t("Vỏ gối", "Pillow cover", "ປອກໝອນ", "枕套"), 200000, 200, 10),
        ],
        "example_price": True,  # price (NF)
        "colours": [[170, 30, 50], [30, 40, 110]],
    },
    # 16 --------------------------------------------------------------------
    {
        "key": "huong-phja-thap",
        "producer": "phja-thap-incense-households",
        "title": _t("Hương Phja Thắp", "Phja Thắp natural incense", "ທູບທຳມະຊາດ Phja Thắp", "Phja Thắp 天然香"),
        "slug": _t(
            "huong-phja-thap", "phja-thap-natural-incense", "thup-thammasat-phja-thap", "phja-thap-tianranxiang"
        ),
        "summary": _t(
            "Hương tự nhiên làm tay của người Nùng An làng Phja Thắp, làng nghề hơn 100 năm tuổi.",
            "Hand-made natural incense from the Nùng An village of Phja Thắp, a craft village over 100 years old.",
            "ທູບທຳມະຊາດເຮັດດ້ວຍມືຂອງຊົນເຜົ່າ Nùng An ບ້ານ Phja Thắp ເຊິ່ງເປັນບ້ານຫັດຖະກຳອາຍຸກວ່າ 100 ປີ.",
            "Phja Thắp 村侬族（Nùng An）手工天然香，该手工艺村已有100多年历史。",
        ),
        "description": _t(
            "<p>Que hương làm từ tre mai chẻ dài 40 cm, dùng nhựa lá bầu hắt làm keo, lăn bốn lớp bột lá, vỏ cây gạo và mùn cưa, rồi nhuộm đỏ phần chân. Hương được bán nhiều ở chợ Tết.</p>"
            "<p>Du khách có thể xem hoặc thử làm hương; tháng 10 là mùa lúa chín và mây đẹp ở Phja Thắp.</p>",
            "<p>The sticks are split from mai bamboo to 40 cm, glued with bầu hắt leaf paste, coated four times with a powder of leaves, kapok bark and sawdust, then dyed red at the base. Most incense is sold at Tết markets.</p>"
            "<p>Visitors can watch or try incense making; October brings golden rice and clouds to Phja Thắp.</p>",
            "<p>ກ້ານທູບເຮັດຈາກໄມ້ໄຜ່ mai ຜ່າຍາວ 40 ຊັງຕີແມັດ ໃຊ້ຢາງໃບ bầu hắt ເປັນກາວ ທາຜົງໃບໄມ້, ເປືອກຕົ້ນງິ້ວ ແລະ ຂີ້ເລື່ອຍ 4 ຊັ້ນ ແລ້ວຍ້ອມຕີນກ້ານເປັນສີແດງ. ທູບຂາຍດີທີ່ສຸດໃນຕະຫຼາດບຸນປີໃໝ່ຫວຽດນາມ (Tết).</p>"
            "<p>ນັກທ່ອງທ່ຽວສາມາດເບິ່ງ ຫຼື ທົດລອງເຮັດທູບ; ເດືອນຕຸລາເປັນລະດູເຂົ້າສຸກເຫຼືອງອ່ຳ ແລະ ມີໝອກງາມຢູ່ Phja Thắp.</p>",
            "<p>香签用 mai 竹劈成40厘米长，以 bầu hắt 树叶浆作黏合剂，裹上树叶、木棉树皮和木屑粉共四层，再把香脚染红。香主要在春节集市上销售。</p>"
            "<p>游客可以参观或体验制香；每年10月，Phja Thắp 稻谷金黄、云雾缭绕。</p>",
        ),
        "ocop_group": "handicrafts",
        "ocop_stars": None,  # (NF)
        "certificate_number": "",
        "issuing_body": _EMPTY,
        "certified_on": None,
        "protection": None,
        "origin": _t(
            "Xóm Phja Thắp, xã Phúc Sen, tỉnh Cao Bằng",
            "Phja Thắp hamlet, Phúc Sen commune, Cao Bằng province",
            "ບ້ານ Phja Thắp, ຕາແສງ Phúc Sen, ແຂວງ Cao Bằng",
            "越南高平省 Phúc Sen 乡 Phja Thắp 村",
        ),
        "season_months": [12, 1, 2],  # sold at Tết markets [T32]
        "marketplaces": [],
        "variants": [
            _v("CB-HPT-BO", _t("Bó 500 g", "500 g bundle", "ມັດ 500 ກຣາມ", "500克一把"), 50000, 500, 40),
        ],
        "example_price": True,  # price (NF)
        "colours": [[190, 40, 40], [210, 180, 120]],
    },
]


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------

LAO_GAP_PRODUCT = "lap-suon-hun-khoi"  # the one deliberate missing-Lao product

if __name__ == "__main__":
    import re as _re  # self-check only; the data above needs no imports

    LANGS = ("vi", "en", "lo", "zh_hans")
    SLUG_RE = _re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

    assert len(PRODUCERS) >= 6, len(PRODUCERS)
    assert len(PRODUCTS) >= 15, len(PRODUCTS)

    def _full(d, what, langs=LANGS):
        assert set(d) == set(LANGS), (what, sorted(d))
        for lang in langs:
            assert isinstance(d[lang], str) and d[lang].strip(), (what, lang)

    pkeys = [p["key"] for p in PRODUCERS]
    assert len(pkeys) == len(set(pkeys)), "duplicate producer key"
    seen = {lang: set() for lang in LANGS}
    for p in PRODUCERS:
        assert p["kind"] in ("cooperative", "cooperative_group", "household", "enterprise"), p["key"]
        for f in ("name", "story"):
            _full(p[f], (p["key"], f))
        assert set(p["ethnic_community"]) == set(LANGS)
        for lang in LANGS:
            s = p["slug"][lang]
            assert SLUG_RE.match(s), (p["key"], lang, s)
            assert s not in seen[lang], ("dup producer slug", lang, s)
            seen[lang].add(s)
        assert p["commune"].endswith("tỉnh Cao Bằng") and "huyện" not in p["commune"], p["key"]
        assert p["members"] is None or isinstance(p["members"], int)
        assert p["founded_year"] is None or isinstance(p["founded_year"], int)
        assert p["phone"] == "" and p["email"] == ""

    def _add_months(date, months):
        y, m, d = (int(x) for x in date.split("-"))
        m0 = m - 1 + months
        return "%04d-%02d-%02d" % (y + m0 // 12, m0 % 12 + 1, d)

    skus, lapsed, valid, lao_gaps = set(), 0, 0, []
    pslugs = {lang: set() for lang in LANGS}
    colour_ok = lambda c: len(c) == 3 and all(isinstance(x, int) and 0 <= x <= 255 for x in c)
    for pr in PRODUCTS:
        k = pr["key"]
        assert pr["producer"] in pkeys, (k, pr["producer"])
        lao_missing = pr["title"]["lo"] == ""
        if lao_missing:
            lao_gaps.append(k)
        langs = tuple(l for l in LANGS if not (lao_missing and l == "lo"))
        for f in ("title", "summary", "description", "origin"):
            _full(pr[f], (k, f), langs)
            if lao_missing:
                assert pr[f]["lo"] == "", (k, f)
        assert set(pr["issuing_body"]) == set(LANGS)
        for lang in LANGS:
            s = pr["slug"][lang]
            assert SLUG_RE.match(s), (k, lang, s)
            assert s not in pslugs[lang], ("dup product slug", lang, s)
            pslugs[lang].add(s)
        assert pr["ocop_group"] in ("food", "beverages", "medicinal_herbs", "handicrafts", "ornamental", "tourism")
        assert pr["ocop_stars"] in (3, 4, 5, None)
        cn = pr["certificate_number"]
        assert cn == "" or cn.startswith("DEMO-"), k
        if pr["certified_on"] is not None:
            assert _re.match(r"^\d{4}-\d{2}-\d{2}$", pr["certified_on"]), k
            assert pr["ocop_stars"] is not None, k
            _full(pr["issuing_body"], (k, "issuing_body"))
            if _add_months(pr["certified_on"], 36) <= "2026-11-29":
                lapsed += 1
            else:
                valid += 1
        if pr["protection"] is not None:
            assert pr["protection"]["kind"] in ("geographical_indication", "collective_mark", "certification_mark")
            assert set(pr["protection"]) == {"kind", "name", "number"}
        assert pr["season_months"] and all(1 <= m <= 12 for m in pr["season_months"]), k
        assert len(set(pr["season_months"])) == len(pr["season_months"]), k
        for mk in pr["marketplaces"]:
            assert mk["marketplace"] in ("shopee", "lazada", "tiktok", "postmart")
            assert mk["url"].startswith("https://example.com/"), mk
        assert pr["variants"], k
        for v in pr["variants"]:
            assert v["sku"] not in skus, ("dup sku", v["sku"])
            skus.add(v["sku"])
            assert set(v["label"]) == set(LANGS)
            for lang in langs:
                assert v["label"][lang], (v["sku"], lang)
            if lao_missing:
                assert v["label"]["lo"] == "", v["sku"]
            assert isinstance(v["price_vnd"], int) and v["price_vnd"] > 0
            assert isinstance(v["weight_grams"], int) and v["weight_grams"] > 0
            assert isinstance(v["stock"], int) and v["stock"] >= 0
        assert isinstance(pr["example_price"], bool)
        assert len(pr["colours"]) == 2 and all(colour_ok(c) for c in pr["colours"]), k

    stocks = [v["stock"] for pr in PRODUCTS for v in pr["variants"]]
    assert 0 in stocks and 3 in stocks
    assert lapsed >= 2 and valid >= 4, (lapsed, valid)
    assert lao_gaps == [LAO_GAP_PRODUCT], lao_gaps
    print(
        "OK: %d producers, %d products, %d SKUs; certificates on 2026-11-29: %d lapsed, %d valid; no Lao: %s"
        % (len(PRODUCERS), len(PRODUCTS), len(skus), lapsed, valid, ", ".join(lao_gaps))
    )
