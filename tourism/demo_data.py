"""Demo villages, experiences, a homestay and two fictional tour operators, in four languages.

Facts come from shared/domain/cao-bang-facts.md §3.2. The cave room's 1,000,000 VND/night is
sourced [T24–T26]; every other price, schedule and capacity is an example, said so on the page.
Lao and Chinese renderings of place names are examples until a native speaker checks them.
"""


def _t(vi, en, lo, zh):
    return {"vi": vi, "en": en, "lo": lo, "zh_hans": zh}


EXAMPLE_NOTE = _t(
    "<p><i>Giá, lịch và sức chứa là ví dụ cho bản demo.</i></p>",
    "<p><i>Prices, schedules and capacity are examples for the demo.</i></p>",
    "<p><i>ລາຄາ, ຕາຕະລາງ ແລະ ຈຳນວນບ່ອນ ແມ່ນຕົວຢ່າງສຳລັບການສາທິດ.</i></p>",
    "<p><i>价格、日程和名额均为演示示例。</i></p>",
)

TOURS_PAGE = {
    "title": _t("Tour", "Tours", "ທົວ", "旅游线路"),
    "slug": _t("tour", "tours", "thua", "lvyou-xianlu"),
    "intro": _t(
        "Chuyến đi nhiều ngày của các công ty lữ hành địa phương: làng nghề, homestay và sản phẩm OCOP trong một gói.",
        "Multi-day trips by local operators: craft villages, homestays and OCOP products in one package.",
        "ທ່ຽວຫຼາຍມື້ໂດຍບໍລິສັດທ່ອງທ່ຽວທ້ອງຖິ່ນ: ບ້ານຫັດຖະກຳ, ເຮືອນພັກ ແລະ ຜະລິດຕະພັນ OCOP ໃນແພັກດຽວ.",
        "当地旅行社的多日行程：手工艺村、民宿和OCOP产品，一次安排。",
    ),
}

VILLAGE_INDEX = {
    "title": _t("Làng nghề và bản làng", "Craft villages", "ບ້ານຫັດຖະກຳ", "手工艺村"),
    "slug": _t("lang-nghe", "craft-villages", "ban-hatthakam", "shougongyicun"),
    "intro": _t(
        "Đến tận nơi gặp người làm ra sản phẩm: thợ rèn, người làm hương, người vẽ sáp ong, người làm miến.",
        "Meet the people who make what you buy: smiths, incense makers, batik painters and noodle makers.",
        "ພົບກັບຜູ້ທີ່ເຮັດສິ່ງທີ່ທ່ານຊື້: ຊ່າງຕີເຫຼັກ, ຜູ້ເຮັດທູບ, ຜູ້ແຕ້ມຂີ້ເຜີ້ງ ແລະ ຜູ້ເຮັດເສັ້ນໝີ່.",
        "去见见制作这些产品的人：铁匠、制香人、蜡染艺人和做粉丝的人。",
    ),
}

VILLAGES = [
    {
        "key": "phuc-sen",
        "title": _t(
            "Làng rèn Phúc Sen – Pác Rằng",
            "Phúc Sen forge village (Pác Rằng)",
            "ບ້ານຕີເຫຼັກ Phúc Sen (Pác Rằng)",
            "福森打铁村（北朗）",
        ),
        "slug": _t("lang-ren-phuc-sen", "phuc-sen-forge-village", "ban-ti-lek-phuc-sen", "fusen-datiecun"),
        "summary": _t(
            "Làng rèn của người Nùng An bên Quốc lộ 3, cách thành phố khoảng 30 km.",
            "A Nùng An smithing village on National Road 3, about 30 km from the city.",
            "ບ້ານຕີເຫຼັກຂອງຊາວນຸ່ງອານ ຕາມທາງຫຼວງເລກ 3, ຫ່າງຈາກຕົວເມືອງປະມານ 30 ກມ.",
            "侬安族打铁村，位于3号国道旁，距市区约30公里。",
        ),
        "ethnic_community": _t("Nùng An", "Nùng An", "ນຸ່ງອານ", "侬安族"),
        "crafts": _t("Rèn dao, cuốc, liềm", "Forging knives and farm tools", "ຕີມີດ ແລະ ເຄື່ອງມືກະສິກຳ", "锻造刀具和农具"),
        "description": _t(
            "<p>Theo truyền thuyết, nghề rèn có từ thế kỷ 11. Thợ rèn dùng thép nhíp ô tô và lò đất hình trụ cao khoảng 80 cm; dao bày bán dọc khoảng 2 km đường.</p>",
            "<p>Legend says forging began here in the 11th century. Smiths work truck leaf-spring steel in clay furnaces about 80 cm tall; knives are sold along some 2 km of roadside stalls.</p>",
            "<p>ຕາມນິທານ, ການຕີເຫຼັກເລີ່ມຢູ່ນີ້ໃນສະຕະວັດທີ 11. ຊ່າງໃຊ້ເຫຼັກແໜບລົດບັນທຸກ ແລະ ເຕົາດິນສູງປະມານ 80 ຊມ; ມີດວາງຂາຍຕາມທາງປະມານ 2 ກມ.</p>",
            "<p>相传这里的打铁手艺始于11世纪。铁匠用卡车钢板弹簧钢和约80厘米高的陶土炉锻造；刀具在约2公里长的路边摊出售。</p>",
        ),
        "getting_there": _t(
            "<p>Xã Phúc Sen (Quảng Hòa), trên Quốc lộ 3 về phía thác Bản Giốc.</p>",
            "<p>Phúc Sen commune (Quảng Hòa), on National Road 3 on the way to Bản Giốc waterfall.</p>",
            "<p>ຕາແສງ Phúc Sen (Quảng Hòa), ຕາມທາງຫຼວງເລກ 3 ໄປນ້ຳຕົກ Bản Giốc.</p>",
            "<p>福森社（广和），位于通往板约瀑布的3号国道上。</p>",
        ),
        "best_season": _t("Quanh năm", "All year", "ຕະຫຼອດປີ", "全年"),
        "coordinates": None,
        "colours": [(120, 80, 60), (60, 40, 30)],
        "producers": ["hop-tac-xa-minh-tuan"],
    },
    {
        "key": "phja-thap",
        "title": _t("Làng hương Phja Thắp", "Phja Thắp incense village", "ບ້ານທູບ Phja Thắp", "Phja Thắp制香村"),
        "slug": _t("lang-huong-phja-thap", "phja-thap-incense-village", "ban-thup-phja-thap", "phja-thap-zhixiangcun"),
        "summary": _t(
            "Khoảng 50 hộ Nùng An làm hương thủ công dưới chân núi Phà Hùng.",
            "About 50 Nùng An households make incense by hand below Phà Hùng mountain.",
            "ປະມານ 50 ຄົວເຮືອນຊາວນຸ່ງອານ ເຮັດທູບດ້ວຍມືຢູ່ຕີນພູ Phà Hùng.",
            "约50户侬安族人家在帕雄山下手工制香。",
        ),
        "ethnic_community": _t("Nùng An", "Nùng An", "ນຸ່ງອານ", "侬安族"),
        "crafts": _t("Làm hương", "Incense making", "ເຮັດທູບ", "制香"),
        "description": _t(
            "<p>Tre mai chẻ thành que dài 40 cm, dùng bột lá bầu hắt làm keo, lăn bốn lớp bột lá, vỏ gạo và mùn cưa, rồi nhuộm đỏ chân hương.</p>",
            "<p>Mai bamboo is split into 40 cm sticks, glued with bầu hắt leaf paste, rolled four times in leaf, kapok-bark and sawdust powder, and the bases are dyed red.</p>",
            "<p>ໄມ້ໄຜ່ຜ່າເປັນກ້ານຍາວ 40 ຊມ, ໃຊ້ແປ້ງໃບ bầu hắt ເປັນກາວ, ຄຸກຝຸ່ນສີ່ເທື່ອ ແລ້ວຍ້ອມຕີນທູບສີແດງ.</p>",
            "<p>将mai竹劈成40厘米的竹签，用bầu hắt叶浆作胶，裹四层叶粉、木棉树皮粉和锯末，再把香脚染红。</p>",
        ),
        "getting_there": _t(
            "<p>Xã Phúc Sen (trước là Quốc Dân), Quảng Hòa.</p>",
            "<p>Phúc Sen commune (formerly Quốc Dân), Quảng Hòa.</p>",
            "<p>ຕາແສງ Phúc Sen (ເດີມແມ່ນ Quốc Dân), Quảng Hòa.</p>",
            "<p>广和福森社（原国民社）。</p>",
        ),
        "best_season": _t("Tháng 10 và dịp Tết", "October, and before Tết", "ເດືອນ 10 ແລະ ກ່ອນບຸນເຕັດ", "十月及春节前"),
        "coordinates": None,
        "colours": [(200, 60, 60), (120, 90, 50)],
        "producers": ["ho-lam-huong-phja-thap"],
    },
    {
        "key": "hoai-khao",
        "title": _t("Xóm Hoài Khao – vẽ sáp ong", "Hoài Khao beeswax batik", "Hoài Khao ບາຕິກຂີ້ເຜີ້ງ", "怀考蜂蜡蜡染"),
        "slug": _t("xom-hoai-khao", "hoai-khao-batik", "hoai-khao-batik-lo", "huaikao-laran"),
        "summary": _t(
            "30–35 hộ người Dao Tiền vẽ sáp ong trên vải chàm trong vùng Phja Oắc – Phja Đén.",
            "30–35 Dao Tiền households paint beeswax on indigo cloth in the Phja Oắc–Phja Đén highlands.",
            "30–35 ຄົວເຮືອນຊາວດາວ Tiền ແຕ້ມຂີ້ເຜີ້ງເທິງຜ້າຄາມ ໃນເຂດ Phja Oắc–Phja Đén.",
            "30至35户钱瑶族人家在Phja Oắc–Phja Đén山区用蜂蜡在蓝靛布上绘画。",
        ),
        "ethnic_community": _t("Dao Tiền", "Dao Tiền", "ດາວ Tiền", "钱瑶族"),
        "crafts": _t(
            "Vẽ sáp ong, dệt, thuốc nam",
            "Beeswax batik, weaving, herbal medicine",
            "ບາຕິກຂີ້ເຜີ້ງ, ຕໍ່າແຜ່ນ, ຢາພື້ນເມືອງ",
            "蜂蜡蜡染、织布、草药",
        ),
        "description": _t(
            "<p>Sáp được lấy chung từ tổ ong khoái trong hang Tà Lạt và Sán Vình. Du lịch cộng đồng hoạt động từ năm 2020.</p>",
            "<p>The wax is gathered communally from giant-bee nests in the Tà Lạt and Sán Vình caves. Community tourism has run here since 2020.</p>",
            "<p>ຂີ້ເຜີ້ງເກັບຮ່ວມກັນຈາກຮັງເຜິ້ງໃຫຍ່ໃນຖ້ຳ Tà Lạt ແລະ Sán Vình. ການທ່ອງທ່ຽວຊຸມຊົນເລີ່ມແຕ່ປີ 2020.</p>",
            "<p>蜂蜡取自Tà Lạt和Sán Vình洞中的大蜜蜂巢，由村民共同采集。社区旅游自2020年开始运营。</p>",
        ),
        "getting_there": _t(
            "<p>Xã Quang Thành, Nguyên Bình; cách thành phố khoảng 60 km. Chỉ đường của Google Maps gần ngã ba Sơn Đông từng bị báo sai.</p>",
            "<p>Quang Thành commune, Nguyên Bình; about 60 km from the city. Google Maps routing near the Sơn Đông junction was reported wrong.</p>",
            "<p>ຕາແສງ Quang Thành, Nguyên Bình; ຫ່າງຈາກຕົວເມືອງປະມານ 60 ກມ. ມີລາຍງານວ່າ Google Maps ບອກທາງຜິດໃກ້ທາງແຍກ Sơn Đông.</p>",
            "<p>原平县光城社，距市区约60公里。有报告称谷歌地图在山东路口附近的路线有误。</p>",
        ),
        "best_season": _t(
            "Cuối tuần, ngày lễ; đầu tháng 9 (ví dụ)",
            "Weekends and holidays; early September (example)",
            "ທ້າຍອາທິດ ແລະ ວັນພັກ; ຕົ້ນເດືອນ 9 (ຕົວຢ່າງ)",
            "周末和节假日；九月初（示例）",
        ),
        "coordinates": None,
        "colours": [(40, 60, 120), (20, 30, 70)],
        "producers": [],
    },
    {
        "key": "khuoi-ky",
        "title": _t("Làng đá Khuổi Ky", "Khuổi Ky stone village", "ບ້ານຫີນ Khuổi Ky", "Khuổi Ky石头村"),
        "slug": _t("lang-da-khuoi-ky", "khuoi-ky-stone-village", "ban-hin-khuoi-ky", "khuoi-ky-shitoucun"),
        "summary": _t(
            "14 nhà sàn đá mái ngói âm dương của người Tày, cách thác Bản Giốc khoảng 2 km.",
            "Fourteen Tày stone stilt houses with yin-yang tiles, about 2 km from Bản Giốc waterfall.",
            "ເຮືອນຫີນ 14 ຫຼັງ ຂອງຊາວໄຕ ມຸງດ້ວຍກະເບື້ອງຢິນຢາງ, ຫ່າງຈາກນ້ຳຕົກ Bản Giốc ປະມານ 2 ກມ.",
            "14座岱依族石砌高脚屋，覆阴阳瓦，距板约瀑布约2公里。",
        ),
        "ethnic_community": _t("Tày", "Tày", "ໄຕ", "岱依族"),
        "crafts": _t("Nhà sàn đá", "Stone stilt houses", "ເຮືອນຫີນ", "石砌高脚屋"),
        "description": _t(
            "<p>Làng có khoảng 400 năm tuổi, từ thời nhà Mạc. Homestay từ năm 2016; kết hợp với thác Bản Giốc và động Ngườm Ngao.</p>",
            "<p>The village is some 400 years old, from the Mạc era. Homestays since 2016; combine it with Bản Giốc waterfall and Ngườm Ngao cave.</p>",
            "<p>ບ້ານມີອາຍຸປະມານ 400 ປີ ແຕ່ສະໄໝລາຊະວົງ Mạc. ມີເຮືອນພັກແຕ່ປີ 2016; ໄປຮ່ວມກັບນ້ຳຕົກ Bản Giốc ແລະ ຖ້ຳ Ngườm Ngao.</p>",
            "<p>村子约有400年历史，始于莫朝。自2016年起有民宿；可与板约瀑布和通伢岩洞同游。</p>",
        ),
        "getting_there": _t(
            "<p>Xã Đàm Thủy, Trùng Khánh, trên Tỉnh lộ 206; hơn 80 km từ thành phố.</p>",
            "<p>Đàm Thủy commune, Trùng Khánh, on Provincial Road 206; more than 80 km from the city.</p>",
            "<p>ຕາແສງ Đàm Thủy, Trùng Khánh, ຕາມທາງແຂວງ 206; ຫ່າງຈາກຕົວເມືອງກວ່າ 80 ກມ.</p>",
            "<p>重庆县潭水社，206省道旁；距市区80多公里。</p>",
        ),
        "best_season": _t(
            "Tháng 9–10, cùng thác Bản Giốc",
            "September–October, with Bản Giốc",
            "ເດືອນ 9–10 ພ້ອມກັບ Bản Giốc",
            "9–10月，与板约瀑布同游",
        ),
        # The Đàm Thủy commune point (facts §3.1): the village is about 2 km from the fall.
        "coordinates": ("22.850000", "106.693300"),
        "colours": [(150, 150, 140), (70, 90, 70)],
        "producers": [],
    },
    {
        "key": "phja-den",
        "title": _t(
            "Xóm Phja Đén – miến dong", "Phja Đén canna-noodle village", "ບ້ານເສັ້ນໝີ່ Phja Đén", "Phja Đén美人蕉粉丝村"
        ),
        "slug": _t("xom-phja-den", "phja-den-noodle-village", "ban-sen-mi-phja-den", "phja-den-fensicun"),
        "summary": _t(
            "Xem giàn phơi miến và quy trình làm tinh bột dong riềng, từ tháng 11 đến tháng 3.",
            "See the noodle drying racks and the canna starch process, November to March.",
            "ເບິ່ງຮ້ານຕາກເສັ້ນໝີ່ ແລະ ຂະບວນການເຮັດແປ້ງ, ແຕ່ເດືອນ 11 ຫາ ເດືອນ 3.",
            "十一月至三月，参观粉丝晾晒架和美人蕉淀粉制作过程。",
        ),
        "ethnic_community": _t(
            "Tày, Nùng (Dao ở gần)", "Tày, Nùng (Dao nearby)", "ໄຕ, ນຸ່ງ (ດາວ ຢູ່ໃກ້ຄຽງ)", "岱依族、侬族（附近有瑶族）"
        ),
        "crafts": _t("Miến dong", "Canna noodles", "ເສັ້ນໝີ່ແປ້ງ", "美人蕉粉丝"),
        "description": _t(
            "<p>Mùa làm miến từ tháng 11 đến tháng 3. Có thể uống trà ở Kolia gần đó.</p>",
            "<p>Noodles are made from November to March. Tea at Kolia is nearby.</p>",
            "<p>ລະດູເຮັດເສັ້ນໝີ່ແມ່ນເດືອນ 11 ຫາ ເດືອນ 3. ມີຊາທີ່ Kolia ຢູ່ໃກ້ໆ.</p>",
            "<p>粉丝制作季为十一月至三月。附近的Kolia可以喝茶。</p>",
        ),
        "getting_there": _t(
            "<p>Xã Thành Công, Nguyên Bình.</p>",
            "<p>Thành Công commune, Nguyên Bình.</p>",
            "<p>ຕາແສງ Thành Công, Nguyên Bình.</p>",
            "<p>原平县成功社。</p>",
        ),
        "best_season": _t("Tháng 11 – tháng 3", "November to March", "ເດືອນ 11 ຫາ ເດືອນ 3", "十一月至三月"),
        "coordinates": None,
        "colours": [(230, 220, 200), (120, 140, 90)],
        "producers": ["to-hop-tac-mien-dong-phja-den"],
    },
]

_BRING_FORGE = _t(
    "<ul><li>Kính râm, áo dài tay và giày kín mũi: tia lửa bắn ra khi rèn.</li></ul>",
    "<ul><li>Sunglasses, long sleeves and closed shoes: sparks fly at the forge.</li></ul>",
    "<ul><li>ແວ່ນຕາກັນແດດ, ເສື້ອແຂນຍາວ ແລະ ເກີບຫຸ້ມ: ມີປະກາຍໄຟຢູ່ເຕົາຕີເຫຼັກ.</li></ul>",
    "<ul><li>墨镜、长袖衣服和包头鞋：锻造时火星四溅。</li></ul>",
)
_BRING_PLAIN = _t(
    "<ul><li>Quần áo cũ, có thể bị dính bẩn.</li></ul>",
    "<ul><li>Old clothes that may get stained.</li></ul>",
    "<ul><li>ເສື້ອຜ້າເກົ່າທີ່ອາດເປື້ອນໄດ້.</li></ul>",
    "<ul><li>可能弄脏的旧衣服。</li></ul>",
)

EXPERIENCES = [
    {
        "key": "forging",
        "village": "phuc-sen",
        "host_producer": "hop-tac-xa-minh-tuan",
        "title": _t(
            "Nửa ngày ở lò rèn Phúc Sen",
            "Half-day forging workshop in Phúc Sen",
            "ເຄິ່ງມື້ທີ່ເຕົາຕີເຫຼັກ Phúc Sen",
            "福森半日锻造体验",
        ),
        "slug": _t("nua-ngay-lo-ren", "half-day-forging-workshop", "khueng-mue-tao-ti-lek", "bantian-duanzao"),
        "summary": _t(
            "Rèn con dao của bạn cùng thợ rèn Nùng An.",
            "Forge your own knife with a Nùng An smith.",
            "ຕີມີດຂອງທ່ານເອງກັບຊ່າງນຸ່ງອານ.",
            "与侬安族铁匠一起打造你自己的刀。",
        ),
        "host_name": "Nông Minh Tuấn",
        "duration": 240,
        "price": 450000,
        "min": 2,
        "max": 8,
        "languages": _t("Tiếng Việt, tiếng Nùng", "Vietnamese, Nùng", "ຫວຽດ, ນຸ່ງ", "越南语、侬语"),
        "included": _t(
            "<ul><li>Găng tay, tạp dề, nước uống</li></ul>",
            "<ul><li>Gloves, apron, drinking water</li></ul>",
            "<ul><li>ຖົງມື, ຜ້າກັນເປື້ອນ, ນ້ຳດື່ມ</li></ul>",
            "<ul><li>手套、围裙、饮用水</li></ul>",
        ),
        "bring": _BRING_FORGE,
        "rule": {"weekdays": [1, 3, 5], "hour": 8, "months": list(range(1, 13)), "capacity": 8},
        "colours": [(240, 130, 40), (60, 40, 30)],
    },
    {
        "key": "incense",
        "village": "phja-thap",
        "host_producer": "ho-lam-huong-phja-thap",
        "title": _t("Làm hương ở Phja Thắp", "Incense making in Phja Thắp", "ເຮັດທູບທີ່ Phja Thắp", "在Phja Thắp制香"),
        "slug": _t("lam-huong-phja-thap", "incense-making-phja-thap", "het-thup-phja-thap", "phja-thap-zhixiang"),
        "summary": _t(
            "Chẻ tre, lăn bột và nhuộm chân hương.",
            "Split bamboo, roll the powder and dye the bases.",
            "ຜ່າໄມ້ໄຜ່, ຄຸກຝຸ່ນ ແລະ ຍ້ອມຕີນທູບ.",
            "劈竹、裹粉、染香脚。",
        ),
        "host_name": "Hoàng Ngọc Kim",
        "duration": 180,
        "price": 250000,
        "min": 1,
        "max": 10,
        "languages": _t("Tiếng Việt, tiếng Nùng", "Vietnamese, Nùng", "ຫວຽດ, ນຸ່ງ", "越南语、侬语"),
        "included": _t(
            "<ul><li>Một bó hương mang về</li></ul>",
            "<ul><li>A bundle of incense to take home</li></ul>",
            "<ul><li>ທູບໜຶ່ງມັດເອົາກັບບ້ານ</li></ul>",
            "<ul><li>带回家的一捆香</li></ul>",
        ),
        "bring": _BRING_PLAIN,
        "rule": {"weekdays": [0, 2, 4, 6], "hour": 9, "months": list(range(1, 13)), "capacity": 10},
        "colours": [(200, 60, 60), (90, 60, 40)],
    },
    {
        "key": "batik",
        "village": "hoai-khao",
        "host_producer": None,
        "title": _t(
            "Vẽ sáp ong cùng người Dao Tiền",
            "Beeswax batik with the Dao Tiền",
            "ບາຕິກຂີ້ເຜີ້ງກັບຊາວດາວ Tiền",
            "与钱瑶族一起做蜂蜡蜡染",
        ),
        "slug": _t("ve-sap-ong-hoai-khao", "beeswax-batik-hoai-khao", "batik-khi-phueng", "huaikao-fengla-laran"),
        "summary": _t(
            "Vẽ hoa văn bằng sáp ong nóng rồi nhuộm chàm.",
            "Draw patterns in hot beeswax, then dye in indigo.",
            "ແຕ້ມລາຍດ້ວຍຂີ້ເຜີ້ງຮ້ອນ ແລ້ວຍ້ອມຄາມ.",
            "用热蜂蜡绘制图案，再用蓝靛染色。",
        ),
        "host_name": "Lý Hữu Nhất",
        "duration": 210,
        "price": 350000,
        "min": 1,
        "max": 6,
        "languages": _t("Tiếng Việt, tiếng Dao", "Vietnamese, Dao", "ຫວຽດ, ດາວ", "越南语、瑶语"),
        "included": _t(
            "<ul><li>Vải, sáp, chàm; mang về tấm vải bạn vẽ</li></ul>",
            "<ul><li>Cloth, wax, indigo; take your piece home</li></ul>",
            "<ul><li>ຜ້າ, ຂີ້ເຜີ້ງ, ຄາມ; ເອົາຜືນຜ້າຂອງທ່ານກັບບ້ານ</li></ul>",
            "<ul><li>布、蜡、蓝靛；作品可带回家</li></ul>",
        ),
        "bring": _BRING_PLAIN,
        "rule": {"weekdays": [5, 6], "hour": 9, "months": list(range(1, 13)), "capacity": 6},
        "colours": [(40, 60, 140), (230, 230, 240)],
    },
    {
        "key": "noodles",
        "village": "phja-den",
        "host_producer": "to-hop-tac-mien-dong-phja-den",
        "title": _t(
            "Một buổi làm miến dong", "A morning of canna-noodle making", "ເຊົ້າໜຶ່ງເຮັດເສັ້ນໝີ່ແປ້ງ", "美人蕉粉丝制作半日"
        ),
        "slug": _t("buoi-lam-mien-dong", "canna-noodle-making", "het-sen-mi-paeng", "meirenjiao-fensi-zhizuo"),
        "summary": _t(
            "Chỉ vào mùa làm miến, tháng 11 đến tháng 3.",
            "Only in the noodle season, November to March.",
            "ສະເພາະລະດູເຮັດເສັ້ນໝີ່, ເດືອນ 11 ຫາ ເດືອນ 3.",
            "仅在粉丝制作季（十一月至三月）开放。",
        ),
        "host_name": "Tổ hợp tác miến dong Phja Đén",
        "duration": 180,
        "price": 300000,
        "min": 1,
        "max": 10,
        "languages": _t("Tiếng Việt, tiếng Tày", "Vietnamese, Tày", "ຫວຽດ, ໄຕ", "越南语、岱依语"),
        "included": _t(
            "<ul><li>Bữa trưa miến</li></ul>",
            "<ul><li>A noodle lunch</li></ul>",
            "<ul><li>ອາຫານທ່ຽງເສັ້ນໝີ່</li></ul>",
            "<ul><li>粉丝午餐</li></ul>",
        ),
        "bring": _BRING_PLAIN,
        # "Tue, Thu, Sat 8:00 from November to March": noodle-making only runs in season.
        "rule": {"weekdays": [1, 3, 5], "hour": 8, "months": [11, 12, 1, 2, 3], "capacity": 10},
        "colours": [(235, 225, 200), (150, 120, 80)],
    },
]

HOMESTAYS = [
    {
        "key": "yen-nhi",
        "village": "khuoi-ky",
        "title": _t("Homestay Yến Nhi", "Yến Nhi homestay", "ເຮືອນພັກ Yến Nhi", "燕儿民宿"),
        "slug": _t("homestay-yen-nhi", "yen-nhi-homestay", "huean-phak-yen-nhi", "yaner-minsu"),
        "host": "Triệu Ích Sỹ, Lý Thị Điệp",
        "summary": _t(
            "17 phòng và một nhà sàn chung; có phòng hang sát vách núi.",
            "Seventeen rooms and a shared stilt house; a cave room built against the cliff.",
            "17 ຫ້ອງ ແລະ ເຮືອນຮ້ານລວມ; ມີຫ້ອງຖ້ຳຕິດໜ້າຜາ.",
            "17间客房和一座共享高脚屋；还有一间依崖而建的洞穴房。",
        ),
        "amenities": _t(
            "<ul><li>Bữa tối gia đình</li><li>Wi-Fi</li></ul>",
            "<ul><li>Family dinner</li><li>Wi-Fi</li></ul>",
            "<ul><li>ອາຫານແລງຄອບຄົວ</li><li>Wi-Fi</li></ul>",
            "<ul><li>家庭晚餐</li><li>无线网络</li></ul>",
        ),
        "house_rules": _t(
            "<ul><li>Giữ yên lặng sau 22 giờ</li></ul>",
            "<ul><li>Quiet after 22:00</li></ul>",
            "<ul><li>ງຽບຫຼັງ 22:00</li></ul>",
            "<ul><li>22点后保持安静</li></ul>",
        ),
        "rooms": [
            # Sourced: the cave room is 1,000,000 VND a night [T24–T26]; the others are examples.
            {"type": _t("Phòng hang", "Cave room", "ຫ້ອງຖ້ຳ", "洞穴房"), "beds": 1, "capacity": 2, "price": 1000000},
            {
                "type": _t("Phòng đôi (ví dụ)", "Double room (example)", "ຫ້ອງຄູ່ (ຕົວຢ່າງ)", "双人房（示例）"),
                "beds": 1,
                "capacity": 2,
                "price": 500000,
            },
            {
                "type": _t(
                    "Nhà sàn chung (ví dụ)", "Shared stilt house (example)", "ເຮືອນຮ້ານລວມ (ຕົວຢ່າງ)", "共享高脚屋（示例）"
                ),
                "beds": 25,
                "capacity": 25,
                "price": 2500000,
            },
        ],
        "colours": [(130, 130, 120), (60, 80, 60)],
    },
]

OPERATORS = [
    {
        "name": "Non Nước Journeys (demo)",
        "title": _t(
            "Non Nước Journeys (demo)",
            "Non Nước Journeys (demo)",
            "Non Nước Journeys (ຕົວຢ່າງ)",
            "Non Nước Journeys（演示）",
        ),
        "slug": _t("non-nuoc-journeys", "non-nuoc-journeys-en", "non-nuoc-journeys-lo", "non-nuoc-journeys-zh"),
        "package": {
            "title": _t(
                "Mua dao, gặp thợ rèn – 2 ngày",
                "Buy the knife, meet the smith – 2 days",
                "ຊື້ມີດ ພົບຊ່າງ – 2 ມື້",
                "买刀见匠人——两日游",
            ),
            "slug": _t(
                "mua-dao-gap-tho-ren", "buy-the-knife-meet-the-smith", "sue-mit-phop-sang", "maidao-jianjiangren"
            ),
            "summary": _t(
                "Lò rèn Phúc Sen, một đêm ở làng đá Khuổi Ky, thác Bản Giốc.",
                "The Phúc Sen forge, a night in Khuổi Ky stone village, Bản Giốc waterfall.",
                "ເຕົາຕີເຫຼັກ Phúc Sen, ໜຶ່ງຄືນທີ່ບ້ານຫີນ Khuổi Ky, ນ້ຳຕົກ Bản Giốc.",
                "福森铁匠铺，在Khuổi Ky石头村住一晚，游板约瀑布。",
            ),
            "price": 1900000,
            "days": [
                (
                    1,
                    "forging",
                    "yen-nhi",
                    _t(
                        "Sáng ở lò rèn, chiều đi Khuổi Ky.",
                        "Morning at the forge, afternoon to Khuổi Ky.",
                        "ເຊົ້າຢູ່ເຕົາຕີເຫຼັກ, ບ່າຍໄປ Khuổi Ky.",
                        "上午在铁匠铺，下午前往Khuổi Ky。",
                    ),
                ),
                (
                    2,
                    None,
                    None,
                    _t(
                        "Thác Bản Giốc và về thành phố.",
                        "Bản Giốc waterfall, then back to the city.",
                        "ນ້ຳຕົກ Bản Giốc ແລ້ວກັບຕົວເມືອງ.",
                        "游览板约瀑布后返回市区。",
                    ),
                ),
            ],
            "products": ["dao-ren-phuc-sen"],
            "capacity": 8,
            "allotment": 4,  # places its first departure keeps on the forge's session
        },
    },
    {
        "name": "Highland Threads Travel (demo)",
        "title": _t(
            "Highland Threads Travel (demo)",
            "Highland Threads Travel (demo)",
            "Highland Threads Travel (ຕົວຢ່າງ)",
            "Highland Threads Travel（演示）",
        ),
        "slug": _t("highland-threads", "highland-threads-en", "highland-threads-lo", "highland-threads-zh"),
        "package": {
            "title": _t(
                "Hương, sáp ong và miến – 3 ngày",
                "Incense, beeswax and noodles – 3 days",
                "ທູບ, ຂີ້ເຜີ້ງ ແລະ ເສັ້ນໝີ່ – 3 ມື້",
                "香、蜂蜡与粉丝——三日游",
            ),
            "slug": _t("huong-sap-ong-mien", "incense-beeswax-noodles", "thup-khi-phueng-sen-mi", "xiang-fengla-fensi"),
            "summary": _t(
                "Làm hương ở Phja Thắp, vẽ sáp ong ở Hoài Khao, làm miến ở Phja Đén (mùa đông).",
                "Incense in Phja Thắp, beeswax batik in Hoài Khao, noodles in Phja Đén (winter).",
                "ທູບທີ່ Phja Thắp, ບາຕິກທີ່ Hoài Khao, ເສັ້ນໝີ່ທີ່ Phja Đén (ລະດູໜາວ).",
                "在Phja Thắp制香，在怀考做蜂蜡蜡染，在Phja Đén做粉丝（冬季）。",
            ),
            "price": 2800000,
            "days": [
                (
                    1,
                    "noodles",
                    None,
                    _t(
                        "Làm miến ở Phja Đén.", "Noodle making in Phja Đén.", "ເຮັດເສັ້ນໝີ່ທີ່ Phja Đén.", "在Phja Đén做粉丝。"
                    ),
                ),
                (
                    2,
                    "batik",
                    None,
                    _t(
                        "Vẽ sáp ong ở Hoài Khao.",
                        "Beeswax batik in Hoài Khao.",
                        "ບາຕິກທີ່ Hoài Khao.",
                        "在怀考做蜂蜡蜡染。",
                    ),
                ),
                (
                    3,
                    "incense",
                    None,
                    _t(
                        "Làm hương ở Phja Thắp.",
                        "Incense making in Phja Thắp.",
                        "ເຮັດທູບທີ່ Phja Thắp.",
                        "在Phja Thắp制香。",
                    ),
                ),
            ],
            "products": ["huong-phja-thap", "mien-dong-phja-den"],
            "capacity": 6,
        },
    },
]

# What travellers need on the day (tourism.traveller_info): where to meet, whom to call, what to bring.
# Phone numbers and emails are fictional demo contacts; meeting points without coordinates fall back
# to the village's on the map link.
TRAVELLER_FACTS = {
    "experiences": {
        "forging": {
            "meeting_point": _t(
                "Cổng lò rèn Hợp tác xã Minh Tuấn, xóm Phúc Sen",
                "Gate of the Minh Tuấn co-operative forge, Phúc Sen hamlet",
                "ປະຕູເຕົາຕີເຫຼັກສະຫະກອນ Minh Tuấn, ບ້ານ Phúc Sen",
                "福森村明俊合作社铁匠铺门口",
            ),
            "phone": "+84 900 000 101",
            "email": "lo-ren-phuc-sen@example.com",
        },
        "incense": {
            "meeting_point": _t(
                "Sân phơi hương đầu bản Phja Thắp",
                "The incense drying yard at the entrance of Phja Thắp",
                "ເດີ່ນຕາກທູບຢູ່ທາງເຂົ້າບ້ານ Phja Thắp",
                "Phja Thắp村口的晒香场",
            ),
            "phone": "+84 900 000 102",
            "email": "huong-phja-thap@example.com",
        },
        "batik": {
            "meeting_point": _t(
                "Nhà văn hoá xóm Hoài Khao",
                "Hoài Khao hamlet community house",
                "ເຮືອນວັດທະນະທຳບ້ານ Hoài Khao",
                "怀考村文化屋",
            ),
            "phone": "+84 900 000 103",
            "email": "",
        },
        "noodles": {
            "meeting_point": _t(
                "Xưởng miến của tổ hợp tác, bản Phja Đén",
                "The co-operative's noodle workshop, Phja Đén",
                "ໂຮງງານເສັ້ນໝີ່ຂອງກຸ່ມສະຫະກອນ, ບ້ານ Phja Đén",
                "Phja Đén合作组的粉丝作坊",
            ),
            "phone": "+84 900 000 104",
            "email": "mien-phja-den@example.com",
        },
    },
    "homestays": {
        "yen-nhi": {
            "address": _t(
                "Xóm Khuổi Ky, xã Đàm Thủy, tỉnh Cao Bằng",
                "Khuổi Ky hamlet, Đàm Thủy commune, Cao Bằng province",
                "ບ້ານ Khuổi Ky, ຕາແສງ Đàm Thủy, ແຂວງ Cao Bằng",
                "高平省潭水乡Khuổi Ky村",
            ),
            "phone": "+84 900 000 201",
            "email": "yen-nhi-homestay@example.com",
            "bring": _t(
                "<ul><li>Áo ấm cho buổi tối</li><li>Dép đi trong nhà</li></ul>",
                "<ul><li>A warm layer for the evening</li><li>Indoor slippers</li></ul>",
                "<ul><li>ເສື້ອອຸ່ນສຳລັບຕອນແລງ</li><li>ເກີບແຕະໃສ່ໃນເຮືອນ</li></ul>",
                "<ul><li>晚上穿的保暖衣物</li><li>室内拖鞋</li></ul>",
            ),
        },
    },
    "operators": {
        "Non Nước Journeys (demo)": {
            "phone": "+84 900 000 301",
            "email": "hello@non-nuoc-journeys.example.com",
            "meeting_point": _t(
                "Sảnh Bưu điện tỉnh Cao Bằng, 8 giờ sáng",
                "Cao Bằng provincial post office lobby, 8 a.m.",
                "ຫ້ອງໂຖງໄປສະນີແຂວງ Cao Bằng, 8 ໂມງເຊົ້າ",
                "高平省邮局大厅，早上8点",
            ),
            "coordinates": ("22.665500", "106.257800"),
            "bring": _t(
                "<ul><li>Giày đi bộ</li><li>Áo mưa</li><li>Hộ chiếu hoặc căn cước cho homestay</li></ul>",
                "<ul><li>Walking shoes</li><li>A rain jacket</li><li>Passport or ID for the homestay</li></ul>",
                "<ul><li>ເກີບຍ່າງ</li><li>ເສື້ອກັນຝົນ</li><li>ໜັງສືຜ່ານແດນ ຫຼື ບັດປະຈຳຕົວສຳລັບເຮືອນພັກ</li></ul>",
                "<ul><li>徒步鞋</li><li>雨衣</li><li>民宿登记用的护照或身份证</li></ul>",
            ),
        },
        "Highland Threads Travel (demo)": {
            "phone": "+84 900 000 302",
            "email": "trips@highland-threads.example.com",
            "meeting_point": _t(
                "Quảng trường Hoàng Đình Giong, thành phố Cao Bằng, 7 giờ 30",
                "Hoàng Đình Giong square, Cao Bằng city, 7:30 a.m.",
                "ເດີ່ນ Hoàng Đình Giong, ເມືອງ Cao Bằng, 7:30 ໂມງເຊົ້າ",
                "高平市黄廷恭广场，早上7:30",
            ),
            "coordinates": ("22.666900", "106.259100"),
            "bring": _t(
                "<ul><li>Quần áo ấm (mùa đông)</li><li>Quần áo cũ có thể dính chàm</li></ul>",
                "<ul><li>Warm clothes (winter)</li><li>Old clothes that may get indigo on them</li></ul>",
                "<ul><li>ເສື້ອຜ້າອຸ່ນ (ລະດູໜາວ)</li><li>ເສື້ອຜ້າເກົ່າທີ່ອາດເປື້ອນຄາມ</li></ul>",
                "<ul><li>保暖衣物（冬季）</li><li>可能沾上蓝靛的旧衣服</li></ul>",
            ),
        },
    },
}
