"""Demo stories and events (vi / en / lo / zh_hans). Pure data, read by stories/demo.py.

Facts come from /work/shared/domain/cao-bang-facts.md (source keys in comments). Legends are told
as legends; event dates are EXAMPLES (every event has "example_dates": True and says so).
Lao keeps Vietnamese proper names in Latin script, as storefront/demo_data.py does.
"""


def _t(vi, en, lo, zh):
    return {"vi": vi, "en": en, "lo": lo, "zh_hans": zh}


STORY_INDEX = {
    "title": _t("Câu chuyện", "Stories", "ເລື່ອງເລົ່າ", "故事"),
    "slug": _t("cau-chuyen", "stories", "lueang-lao", "gushi"),
    "intro": _t(
        "Những câu chuyện về nghề, về làng và về người làm ra sản vật Cao Bằng.",
        "Stories of the crafts, the villages and the people behind Cao Bằng's products.",
        "ເລື່ອງເລົ່າກ່ຽວກັບຫັດຖະກຳ, ບ້ານ ແລະ ຜູ້ຄົນທີ່ເຮັດຜະລິດຕະພັນຂອງ Cao Bằng.",
        "关于高平手艺、村庄和产品背后之人的故事。",
    ),
}
EVENT_INDEX = {
    "title": _t("Sự kiện", "Events", "ກິດຈະກຳ", "活动"),
    "slug": _t("su-kien", "events", "kitchakam", "huodong"),
    "intro": _t(
        "Hội chợ OCOP, hội chợ thương mại và phiên bán hàng trực tuyến. Ngày giờ trên trang là ví dụ.",
        "OCOP fairs, trade fairs and livestream sales. The dates shown are examples.",
        "ງານວາງສະແດງ OCOP, ງານວາງສະແດງສິນຄ້າ ແລະ ການຂາຍອອນລາຍສົດ. ວັນທີທີ່ສະແດງແມ່ນຕົວຢ່າງ.",
        "OCOP展会、贸易博览会和直播带货。页面所示日期为示例。",
    ),
}

STORIES = [
    {
        # [P21][P22][P26] The 11th-century origin is a legend, told as one.
        "slug": _t(
            "huyen-thoai-lang-ren-phuc-sen",
            "the-phuc-sen-forging-legend",
            "tamnan-ban-ti-lek-phuc-sen",
            "phuc-sen-duanzao-chuanshuo",
        ),
        "title": _t(
            "Huyền thoại làng rèn Phúc Sen",
            "The Phúc Sen forging legend",
            "ຕຳນານບ້ານຕີເຫຼັກ Phúc Sen",
            "Phúc Sen 打铁村的传说",
        ),
        "summary": _t(
            "Người Nùng An kể rằng nghề rèn bắt đầu từ thế kỷ XI, khi tổ tiên rèn vũ khí cho Nùng Trí Cao.",
            "The Nùng An say their forges first burned in the 11th century, making weapons for Nùng Trí Cao.",
            "ຊາວ Nùng An ເລົ່າວ່າ ການຕີເຫຼັກເລີ່ມແຕ່ສະຕະວັດທີ 11 ເມື່ອບັນພະບຸລຸດຕີອາວຸດໃຫ້ Nùng Trí Cao.",
            "侬安人说，他们的锻炉在11世纪就已点燃，为侬智高打造兵器。",
        ),
        "author": _t("Ban biên tập (mẫu)", "Editorial team (demo)", "ກອງບັນນາທິການ (ຕົວຢ່າງ)", "编辑部（示例）"),
        "community": "nung_an",
        "tags": ["nghề rèn", "thủ công"],
        "products": ["dao-ren-phuc-sen", "bua-riu-ren-phuc-sen"],
        "villages": ["lang-ren-phuc-sen"],
        "experiences": ["nua-ngay-lo-ren"],
        "producers": ["hop-tac-xa-minh-tuan"],
        "map": {
            "latitude": "22.660000",
            "longitude": "106.450000",
            "label": "Phúc Sen (vị trí gần đúng / approximate)",
        },
        "colours": [(120, 80, 60), (40, 30, 30)],
        "paragraphs": _t(
            [
                "<p>Theo truyền thuyết, người Nùng An ở Phúc Sen bắt đầu rèn sắt từ thế kỷ XI, rèn vũ khí cho Nùng Tồn Phúc và Nùng Trí Cao. Đó là huyền thoại, không phải sử liệu – nhưng tiếng búa thì có thật.</p>",
                "<p>Ngày nay các xóm Pác Rằng, Phja Chang và Tiến Minh dùng thép nhíp ô tô, nung trong lò đất sét cao chừng 80 cm. Hợp tác xã Minh Tuấn có dao đạt OCOP 3 sao từ năm 2020.</p>",
            ],
            [
                "<p>Legend has it that the Nùng An of Phúc Sen began forging iron in the 11th century, making weapons for Nùng Tồn Phúc and Nùng Trí Cao. It is a legend, not a record – but the hammering is real.</p>",
                "<p>Today the hamlets of Pác Rằng, Phja Chang and Tiến Minh forge truck leaf-spring steel in clay furnaces about 80 cm tall. The Minh Tuấn cooperative's knives have held 3 OCOP stars since 2020.</p>",
            ],
            [
                "<p>ຕາມຕຳນານ ຊາວ Nùng An ທີ່ Phúc Sen ເລີ່ມຕີເຫຼັກແຕ່ສະຕະວັດທີ 11 ເພື່ອຕີອາວຸດໃຫ້ Nùng Tồn Phúc ແລະ Nùng Trí Cao. ນີ້ແມ່ນຕຳນານ ບໍ່ແມ່ນບັນທຶກປະຫວັດສາດ ແຕ່ສຽງຄ້ອນແມ່ນເລື່ອງຈິງ.</p>",
                "<p>ທຸກມື້ນີ້ ບ້ານ Pác Rằng, Phja Chang ແລະ Tiến Minh ໃຊ້ເຫຼັກແໜບລົດບັນທຸກ ເຜົາໃນເຕົາດິນໜຽວສູງປະມານ 80 ຊມ. ມີດຂອງສະຫະກອນ Minh Tuấn ໄດ້ OCOP 3 ດາວ ນັບແຕ່ປີ 2020.</p>",
            ],
            [
                "<p>相传，Phúc Sen 的侬安人从11世纪开始打铁，为侬存福和侬智高打造兵器。这是传说，并非史料——但锤声是真实的。</p>",
                "<p>如今，Pác Rằng、Phja Chang 和 Tiến Minh 等村用卡车钢板弹簧钢在约80厘米高的陶土炉中锻造。Minh Tuấn 合作社的刀具自2020年起获得OCOP三星。</p>",
            ],
        ),
        "quote": _t(
            ("Đến xem lò rèn, hãy mặc áo dài tay, đi giày và đeo kính vì tia lửa.", "Lời khuyên cho du khách"),
            ("Visiting a forge? Wear long sleeves, shoes and glasses because of the sparks.", "Advice for visitors"),
            ("ໄປເບິ່ງເຕົາຕີເຫຼັກ ໃຫ້ນຸ່ງເສື້ອແຂນຍາວ, ໃສ່ເກີບ ແລະ ແວ່ນຕາ ເພາະມີປະກາຍໄຟ.", "ຄຳແນະນຳສຳລັບນັກທ່ອງທ່ຽວ"),
            ("参观锻炉时，请穿长袖、穿鞋并戴眼镜，因为会有火花。", "给游客的建议"),
        ),
    },
    {
        # [P1][P2][P3]
        "slug": _t("mien-dong-phja-den", "phja-den-canna-noodles", "sen-lon-phja-den", "phja-den-jiaoyu-fensi-gushi"),
        "title": _t(
            "Miến dong Phja Đén trên độ cao nghìn mét",
            "Phja Đén canna noodles, a thousand metres up",
            "ເສັ້ນລ້ອນ Phja Đén ເທິງຄວາມສູງພັນແມັດ",
            "千米高处的 Phja Đén 蕉芋粉丝",
        ),
        "summary": _t(
            "Khoảng 97 hộ ở Phja Đén làm miến từ củ dong riềng; năm 2023 làng được công nhận làng nghề truyền thống.",
            "About 97 households in Phja Đén make noodles from canna roots; in 2023 the village became a recognised traditional craft village.",
            "ປະມານ 97 ຄົວເຮືອນໃນ Phja Đén ເຮັດເສັ້ນຈາກຫົວມັນສາຄູ; ປີ 2023 ບ້ານໄດ້ຮັບຮອງເປັນບ້ານຫັດຖະກຳພື້ນເມືອງ.",
            "Phja Đén 约有97户用蕉芋根制作粉丝；2023年该村被认定为传统手工艺村。",
        ),
        "author": _t("Ban biên tập (mẫu)", "Editorial team (demo)", "ກອງບັນນາທິການ (ຕົວຢ່າງ)", "编辑部（示例）"),
        "community": "tay",
        "tags": ["ẩm thực", "làng nghề"],
        "products": ["mien-dong-phja-den"],
        "villages": ["xom-phja-den"],
        "experiences": ["buoi-lam-mien-dong"],
        "producers": ["to-hop-tac-mien-dong-phja-den"],
        "map": None,
        "colours": [(200, 190, 170), (110, 120, 90)],
        "paragraphs": _t(
            [
                "<p>Xóm Phja Đén và Pù Vài (xã Thành Công) nằm trên độ cao hơn 1.000 m. Củ dong được đào chủ yếu từ tháng Chín đến tháng Giêng; miến phơi nhiều nhất trước Tết.</p>",
                "<p>Sản lượng tăng từ 35 tấn năm 2015 lên khoảng 200 tấn năm 2023. Ngày 27/12/2023 tỉnh công nhận “Làng nghề truyền thống miến dong Phia Đén”.</p>",
            ],
            [
                "<p>The hamlets of Phja Đén and Pù Vài (Thành Công commune) lie above 1,000 m. Canna roots are dug mostly from September to January, and the noodles dry in the sun before Tết.</p>",
                "<p>Output grew from 35 tonnes in 2015 to about 200 tonnes in 2023. On 27 December 2023 the province recognised the Phia Đén canna noodle traditional craft village.</p>",
            ],
            [
                "<p>ບ້ານ Phja Đén ແລະ Pù Vài (ຕາແສງ Thành Công) ຢູ່ເທິງຄວາມສູງກວ່າ 1000 ແມັດ. ຫົວມັນສາຄູຂຸດສ່ວນຫຼາຍແຕ່ເດືອນກັນຍາຫາເດືອນມັງກອນ ແລະ ຕາກເສັ້ນຫຼາຍທີ່ສຸດກ່ອນບຸນເຕັດ.</p>",
                "<p>ຜົນຜະລິດເພີ່ມຈາກ 35 ໂຕນໃນປີ 2015 ເປັນປະມານ 200 ໂຕນໃນປີ 2023. ວັນທີ 27/12/2023 ແຂວງໄດ້ຮັບຮອງບ້ານຫັດຖະກຳພື້ນເມືອງເສັ້ນລ້ອນ Phia Đén.</p>",
            ],
            [
                "<p>Phja Đén 和 Pù Vài 两村（成功乡）海拔1000米以上。蕉芋根主要在九月至一月采挖，春节前是晒粉丝的高峰。</p>",
                "<p>产量从2015年的35吨增至2023年的约200吨。2023年12月27日，该省认定“Phia Đén 蕉芋粉丝传统手工艺村”。</p>",
            ],
        ),
        "quote": None,
    },
    {
        # [P8][P9][P10][P14] GI certificate no. 00026 (2011).
        "slug": _t(
            "hat-de-trung-khanh-chi-dan-dia-ly",
            "trung-khanh-chestnut-geographical-indication",
            "mak-kaolat-trung-khanh-sing-bong-si",
            "chongqingxian-banli-dili-biaozhi",
        ),
        "title": _t(
            "Hạt dẻ Trùng Khánh và chỉ dẫn địa lý số 00026",
            "The Trùng Khánh chestnut and its geographical indication",
            "ໝາກກໍ່ Trùng Khánh ແລະ ສິ່ງບົ່ງບອກທາງພູມສາດ",
            "越南高平省重庆县板栗及其地理标志",
        ),
        "summary": _t(
            "Mác lịch của người Tày, Nùng được bảo hộ chỉ dẫn địa lý “Trùng Khánh” (văn bằng số 00026, năm 2011).",
            "The Tày and Nùng “mác lịch” is protected by the “Trùng Khánh” geographical indication (certificate no. 00026, 2011).",
            "“mác lịch” ຂອງຊາວ Tày ແລະ Nùng ໄດ້ຮັບການປົກປ້ອງດ້ວຍສິ່ງບົ່ງບອກທາງພູມສາດ “Trùng Khánh” (ໃບຢັ້ງຢືນເລກທີ 00026, ປີ 2011).",
            "岱依族和侬族所称的“mác lịch”受“重庆县”地理标志保护（证书编号00026，2011年）。",
        ),
        "author": _t("Ban biên tập (mẫu)", "Editorial team (demo)", "ກອງບັນນາທິການ (ຕົວຢ່າງ)", "编辑部（示例）"),
        "community": "tay",
        "tags": ["ẩm thực", "chỉ dẫn địa lý"],
        "products": ["hat-de-trung-khanh"],
        "villages": [],
        "experiences": [],
        "producers": ["nong-ho-hat-de-ban-khay"],
        "map": None,
        "colours": [(150, 100, 60), (70, 50, 30)],
        "paragraphs": _t(
            [
                "<p>Hạt dẻ mọc trên sườn đồi 450–600 m giữa núi đá vôi ở Đình Minh, Chí Viễn, Khâm Thành và Phong Châu. Mùa thu hoạch vào tháng Chín, tháng Mười; hạt chỉ giữ được khoảng một tháng.</p>",
                "<p>Chỉ dẫn địa lý “Trùng Khánh” được cấp văn bằng số 00026 năm 2011. Hạt dẻ Trung Quốc bán dưới tên Trùng Khánh rất phổ biến – chỉ dẫn địa lý giúp người mua phân biệt.</p>",
            ],
            [
                "<p>The chestnuts grow on slopes at 450–600 m among the limestone of Đình Minh, Chí Viễn, Khâm Thành and Phong Châu. They are harvested in September and October and keep for only about a month.</p>",
                "<p>The “Trùng Khánh” geographical indication was granted as certificate no. 00026 in 2011. Chinese chestnuts sold under the Trùng Khánh name are common – the indication helps buyers tell them apart.</p>",
            ],
            [
                "<p>ໝາກກໍ່ປູກຢູ່ເທິງເນີນພູສູງ 450–600 ແມັດ ລະຫວ່າງພູຫີນປູນຢູ່ Đình Minh, Chí Viễn, Khâm Thành ແລະ Phong Châu. ເກັບກ່ຽວໃນເດືອນກັນຍາ ແລະ ຕຸລາ ແລະ ເກັບຮັກສາໄດ້ພຽງປະມານໜຶ່ງເດືອນ.</p>",
                "<p>ສິ່ງບົ່ງບອກທາງພູມສາດ “Trùng Khánh” ໄດ້ຮັບໃບຢັ້ງຢືນເລກທີ 00026 ໃນປີ 2011. ໝາກກໍ່ຈີນທີ່ຂາຍພາຍໃຕ້ຊື່ Trùng Khánh ມີຫຼາຍ ສິ່ງບົ່ງບອກນີ້ຊ່ວຍໃຫ້ຜູ້ຊື້ແຍກອອກໄດ້.</p>",
            ],
            [
                "<p>板栗生长在 Đình Minh、Chí Viễn、Khâm Thành 和 Phong Châu 等乡石灰岩山间海拔450–600米的坡地上。九、十月收获，只能保存约一个月。</p>",
                "<p>越南高平省重庆县板栗地理标志于2011年获颁第00026号证书。市面上常见以“重庆县板栗”名义出售的中国板栗——地理标志帮助买家辨别真伪。</p>",
            ],
        ),
        "quote": None,
    },
    {
        # [T28][T29] Hoài Khao, Dao Tiền beeswax batik.
        "slug": _t(
            "sap-ong-hoai-khao", "hoai-khao-beeswax-batik", "phathiam-khi-phueng-hoai-khao", "hoai-khao-fenglalan"
        ),
        "title": _t(
            "Hoa văn sáp ong của người Dao Tiền Hoài Khao",
            "Hoài Khao's Dao Tiền beeswax batik",
            "ລາຍຂີ້ເຜີ້ງຂອງຊາວ Dao Tiền ທີ່ Hoài Khao",
            "Hoài Khao 钱瑶族的蜂蜡蜡染",
        ),
        "summary": _t(
            "Phụ nữ Dao Tiền vẽ hoa văn bằng sáp ong rừng trên vải chàm; sáp được lấy chung từ tổ ong khổng lồ trong hang.",
            "Dao Tiền women draw patterns in wild beeswax on indigo cloth; the wax is gathered together from giant-bee nests in caves.",
            "ແມ່ຍິງ Dao Tiền ແຕ້ມລາຍດ້ວຍຂີ້ເຜີ້ງປ່າເທິງຜ້າຄາມ; ຂີ້ເຜີ້ງເກັບຮ່ວມກັນຈາກຮັງເຜີ້ງໃຫຍ່ໃນຖ້ຳ.",
            "钱瑶族妇女用野生蜂蜡在蓝靛布上绘制图案；蜂蜡从山洞里的巨蜂巢中共同采集。",
        ),
        "author": _t("Ban biên tập (mẫu)", "Editorial team (demo)", "ກອງບັນນາທິການ (ຕົວຢ່າງ)", "编辑部（示例）"),
        "community": "dao_tien",
        "tags": ["thủ công", "dệt nhuộm"],
        "products": [],
        "villages": ["xom-hoai-khao"],
        "experiences": ["ve-sap-ong-hoai-khao"],
        "producers": [],
        "map": None,
        "colours": [(40, 60, 120), (20, 30, 60)],
        "paragraphs": _t(
            [
                "<p>Xóm Hoài Khao (xã Quang Thành cũ, Nguyên Bình) có 30–35 hộ người Dao Tiền. Sáp được lấy chung từ tổ ong khổng lồ trong hang Tà Lạt và Sán Vình.</p>",
                "<p>Từ năm 2020 xóm đón khách theo mô hình du lịch cộng đồng; đến tháng 4/2022 đã có 7 homestay.</p>",
            ],
            [
                "<p>Hoài Khao hamlet (old Quang Thành commune, Nguyên Bình) is home to 30–35 Dao Tiền households. The wax is collected communally from giant-bee nests in the Tà Lạt and Sán Vình caves.</p>",
                "<p>The hamlet has welcomed visitors as a community-tourism village since 2020; by April 2022 it had seven homestays.</p>",
            ],
            [
                "<p>ບ້ານ Hoài Khao (ຕາແສງ Quang Thành ເກົ່າ, Nguyên Bình) ມີ 30–35 ຄົວເຮືອນຊາວ Dao Tiền. ຂີ້ເຜີ້ງເກັບຮ່ວມກັນຈາກຮັງເຜີ້ງໃຫຍ່ໃນຖ້ຳ Tà Lạt ແລະ Sán Vình.</p>",
                "<p>ນັບແຕ່ປີ 2020 ບ້ານຕ້ອນຮັບແຂກແບບການທ່ອງທ່ຽວຊຸມຊົນ; ຮອດເດືອນເມສາ 2022 ມີເຮືອນພັກ 7 ແຫ່ງ.</p>",
            ],
            [
                "<p>Hoài Khao 村（原 Quang Thành 乡，元平县）有30–35户钱瑶族人家。蜂蜡从 Tà Lạt 和 Sán Vình 山洞的巨蜂巢中共同采集。</p>",
                "<p>该村自2020年起以社区旅游模式接待游客；到2022年4月已有7家民宿。</p>",
            ],
        ),
        "quote": None,
    },
    {
        # [T24][T25][T26]
        "slug": _t("lang-da-khuoi-ky", "khuoi-ky-stone-houses", "ban-hin-khuoi-ky", "khuoi-ky-shitou-cun"),
        "title": _t(
            "Khuổi Ky, làng nhà sàn đá bốn trăm năm",
            "Khuổi Ky, a 400-year-old village of stone houses",
            "Khuổi Ky ບ້ານເຮືອນຫີນອາຍຸ 400 ປີ",
            "Khuổi Ky：四百年的石头高脚屋村",
        ),
        "summary": _t(
            "Mười mấy hộ người Tày sống trong những ngôi nhà sàn đá lợp ngói âm dương, cách thác Bản Giốc khoảng 2 km.",
            "A dozen or so Tày families live in stone stilt houses with yin-yang tiles, about 2 km from Bản Giốc waterfall.",
            "ຊາວ Tày ສິບກວ່າຄອບຄົວອາໄສຢູ່ໃນເຮືອນຄ້ຳຫີນມຸງດ້ວຍກະເບື້ອງຢິນຢາງ ຫ່າງຈາກນ້ຳຕົກຕາດ Bản Giốc ປະມານ 2 ກມ.",
            "十几户岱依族人家住在铺着阴阳瓦的石头高脚屋里，距板约瀑布约2公里。",
        ),
        "author": _t("Ban biên tập (mẫu)", "Editorial team (demo)", "ກອງບັນນາທິການ (ຕົວຢ່າງ)", "编辑部（示例）"),
        "community": "tay",
        "tags": ["kiến trúc", "du lịch cộng đồng"],
        "products": [],
        "villages": ["lang-da-khuoi-ky"],
        "experiences": [],
        "producers": [],
        "map": {"latitude": "22.850000", "longitude": "106.693300", "label": "Đàm Thủy"},
        "colours": [(150, 150, 140), (80, 90, 80)],
        "paragraphs": _t(
            [
                "<p>Làng đá Khuổi Ky (Đàm Thủy, Trùng Khánh) có 14 ngôi nhà sàn đá của 14–16 hộ người Tày, tương truyền có từ thời Mạc, khoảng 400 năm trước.</p>",
                "<p>Từ năm 2016 làng làm homestay. Ghé Khuổi Ky cùng chuyến đi thác Bản Giốc và động Ngườm Ngao.</p>",
            ],
            [
                "<p>Khuổi Ky stone village (Đàm Thủy, Trùng Khánh) has 14 stone stilt houses for 14–16 Tày households, said to date from the Mạc period, some 400 years ago.</p>",
                "<p>The village has run homestays since 2016. Combine it with Bản Giốc waterfall and Ngườm Ngao cave.</p>",
            ],
            [
                "<p>ບ້ານຫີນ Khuổi Ky (Đàm Thủy, Trùng Khánh) ມີເຮືອນຄ້ຳຫີນ 14 ຫຼັງ ຂອງຊາວ Tày 14–16 ຄົວເຮືອນ ເຊິ່ງເລົ່າວ່າມີມາແຕ່ສະໄໝລາຊະວົງ Mạc ປະມານ 400 ປີກ່ອນ.</p>",
                "<p>ນັບແຕ່ປີ 2016 ບ້ານເຮັດເຮືອນພັກ. ແວ່ Khuổi Ky ພ້ອມກັບນ້ຳຕົກຕາດ Bản Giốc ແລະ ຖ້ຳ Ngườm Ngao.</p>",
            ],
            [
                "<p>Khuổi Ky 石头村（Đàm Thủy 乡，越南高平省重庆县）有14座石头高脚屋，住着14–16户岱依族人家，相传始建于莫朝，距今约400年。</p>",
                "<p>该村自2016年起经营民宿，可与板约瀑布和 Ngườm Ngao 洞一同游览。</p>",
            ],
        ),
        "quote": None,
    },
    {
        # [F1][F2][F6]
        "slug": _t("le-hoi-long-tong", "the-long-tong-festival", "bun-long-tong", "xiatian-jie"),
        "title": _t(
            "Lễ hội Lồng Tồng – xuống đồng đầu xuân",
            "Long Tồng: going down to the fields",
            "ບຸນ Lồng Tồng: ລົງນາຕົ້ນລະດູໃບໄມ້ປົ່ງ",
            "Lồng Tồng 下田节",
        ),
        "summary": _t(
            "Ở xóm Bản Giốc, người Tày mở hội xuống đồng vào ngày 30 tháng Giêng âm lịch để cầu mùa.",
            "In Bản Giốc hamlet the Tày hold their going-to-the-fields festival on the 30th day of the first lunar month, praying for a good harvest.",
            "ທີ່ບ້ານ Bản Giốc ຊາວ Tày ຈັດບຸນລົງນາໃນວັນທີ 30 ເດືອນອ້າຍຕາມຈັນທະຄະຕິ ເພື່ອຂໍໃຫ້ໄດ້ຜົນດີ.",
            "在 Bản Giốc 村，岱依族于农历正月三十举行下田节，祈求丰收。",
        ),
        "author": _t("Ban biên tập (mẫu)", "Editorial team (demo)", "ກອງບັນນາທິການ (ຕົວຢ່າງ)", "编辑部（示例）"),
        "community": "tay",
        "tags": ["lễ hội"],
        "products": [],
        "villages": [],
        "experiences": [],
        "producers": [],
        "map": None,
        "colours": [(210, 170, 60), (120, 150, 70)],
        "paragraphs": _t(
            [
                "<p>Lồng Tồng nghĩa là “xuống đồng”. Ở xóm Bản Giốc hội diễn ra vào ngày “Đạp Nối”, 30 tháng Giêng âm lịch; các làng Tày, Nùng, Dao, Sán Chỉ khác tổ chức vào những ngày đầu xuân khác nhau.</p>",
                "<p>Lồng Tồng là di sản văn hóa phi vật thể quốc gia từ năm 2013 (theo hồ sơ của Tuyên Quang; chưa tìm thấy danh mục riêng cho Cao Bằng).</p>",
            ],
            [
                "<p>Long Tồng means “going down to the fields”. In Bản Giốc hamlet it falls on “Đạp Nối” day, the 30th of the first lunar month; other Tày, Nùng, Dao and Sán Chỉ villages hold it on other early-spring days.</p>",
                "<p>Long Tồng has been national intangible heritage since 2013 (in Tuyên Quang's listing; a Cao Bằng-specific listing was not found).</p>",
            ],
            [
                "<p>Lồng Tồng ໝາຍເຖິງ “ລົງນາ”. ທີ່ບ້ານ Bản Giốc ບຸນຈັດໃນວັນ “Đạp Nối” ວັນທີ 30 ເດືອນອ້າຍ; ບ້ານ Tày, Nùng, Dao ແລະ Sán Chỉ ອື່ນໆຈັດໃນວັນຕົ້ນລະດູໃບໄມ້ປົ່ງທີ່ແຕກຕ່າງກັນ.</p>",
                "<p>Lồng Tồng ເປັນມໍລະດົກວັດທະນະທຳບໍ່ມີຕົວຕົນແຫ່ງຊາດນັບແຕ່ປີ 2013 (ຕາມບັນຊີຂອງ Tuyên Quang; ຍັງບໍ່ພົບບັນຊີສະເພາະຂອງ Cao Bằng).</p>",
            ],
            [
                "<p>Lồng Tồng 意为“下田”。在 Bản Giốc 村，节日在农历正月三十“Đạp Nối”日举行；其他岱依、侬、瑶和山子族村寨则在早春的不同日子举行。</p>",
                "<p>下田节自2013年起列为国家级非物质文化遗产（见宣光省的名录；未找到高平省的专门名录）。</p>",
            ],
        ),
        "quote": None,
    },
]

EVENTS = [
    {
        # Example dates. Cao Bằng products were shown at a Hà Nội fair in 2025 [C2].
        "slug": _t(
            "tuan-hang-ocop-cao-bang-ha-noi",
            "cao-bang-ocop-week-hanoi",
            "asathit-sinkha-ocop-cao-bang-ha-noi",
            "gaoping-ocop-zhou-henei",
        ),
        "title": _t(
            "Tuần hàng OCOP Cao Bằng tại Hà Nội",
            "Cao Bằng OCOP week in Hà Nội",
            "ອາທິດສິນຄ້າ OCOP Cao Bằng ທີ່ ຮ່າໂນ້ຍ",
            "高平省OCOP产品河内周",
        ),
        "summary": _t(
            "Miến dong, hạt dẻ, dao rèn và thổ cẩm Cao Bằng trước Tết (ngày giờ là ví dụ).",
            "Canna noodles, chestnuts, forged knives and brocade from Cao Bằng before Tết (example dates).",
            "ເສັ້ນລ້ອນ, ໝາກກໍ່, ມີດຕີ ແລະ ຜ້າທໍຈາກ Cao Bằng ກ່ອນບຸນເຕັດ (ວັນທີຕົວຢ່າງ).",
            "春节前的高平蕉芋粉丝、板栗、锻刀和织锦（日期为示例）。",
        ),
        "place": _t("Hà Nội", "Hà Nội", "ຮ່າໂນ້ຍ", "河内"),
        "kind": "ocop_fair",
        "starts_at": "2027-01-14T08:00:00+07:00",
        "ends_at": "2027-01-17T21:00:00+07:00",
        "livestream_url": "",
        "products": ["mien-dong-phja-den", "hat-de-trung-khanh", "dao-ren-phuc-sen"],
    },
    {
        "slug": _t(
            "hoi-cho-thuong-mai-viet-lao-vientiane",
            "vietnam-laos-trade-fair-vientiane",
            "ngan-wangsadaeng-sinkha-viet-lao-viangchan",
            "yuelao-maoyi-bolanhui-wanxiang",
        ),
        "title": _t(
            "Hội chợ thương mại Việt – Lào tại Viêng Chăn",
            "Vietnam–Laos trade fair in Vientiane",
            "ງານວາງສະແດງສິນຄ້າ ຫວຽດ-ລາວ ທີ່ ນະຄອນຫຼວງວຽງຈັນ",
            "万象越老贸易博览会",
        ),
        "summary": _t(
            "Gian hàng Cao Bằng giới thiệu sản phẩm OCOP với người mua Lào (ngày giờ là ví dụ).",
            "A Cao Bằng stand presents OCOP products to Lao buyers (example dates).",
            "ຮ້ານຂອງ Cao Bằng ນຳສະເໜີຜະລິດຕະພັນ OCOP ໃຫ້ຜູ້ຊື້ລາວ (ວັນທີຕົວຢ່າງ).",
            "高平展位向老挝买家介绍OCOP产品（日期为示例）。",
        ),
        "place": _t("Viêng Chăn, Lào", "Vientiane, Laos", "ນະຄອນຫຼວງວຽງຈັນ", "老挝万象"),
        "kind": "trade_fair",
        "starts_at": "2027-04-08T09:00:00+07:00",
        "ends_at": "2027-04-12T20:00:00+07:00",
        "livestream_url": "",
        "products": ["mien-dong-phja-den", "dao-ren-phuc-sen"],
    },
    {
        "slug": _t("livestream-mua-hat-de", "chestnut-season-livestream", "khai-sot-mak-kaolat", "banli-ji-zhibo"),
        "title": _t(
            "Livestream mùa hạt dẻ Trùng Khánh",
            "Trùng Khánh chestnut season livestream",
            "ຂາຍສົດລະດູໝາກກໍ່ Trùng Khánh",
            "越南高平省重庆县板栗季直播",
        ),
        "summary": _t(
            "Phiên bán hàng trực tuyến từ vườn hạt dẻ vào đầu mùa (ngày giờ là ví dụ).",
            "A live sales session from the chestnut groves at the start of the season (example dates).",
            "ການຂາຍອອນລາຍສົດຈາກສວນໝາກກໍ່ໃນຕົ້ນລະດູ (ວັນທີຕົວຢ່າງ).",
            "在板栗季开始时从栗园进行直播销售（日期为示例）。",
        ),
        "place": _t("Trực tuyến", "Online", "ອອນລາຍ", "线上"),
        "kind": "livestream",
        "starts_at": "2026-09-12T19:30:00+07:00",
        "ends_at": "2026-09-12T21:00:00+07:00",
        "livestream_url": "https://www.tiktok.com/",
        "products": ["hat-de-trung-khanh"],
    },
]
