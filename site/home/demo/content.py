"""Demo content for the house: the home page and two plain pages, in four languages.

Facts come from shared/domain/cao-bang-facts.md. Lao place names there are marked uncertain;
they are used here as examples until a native speaker checks them.
"""

from wagtail.models import Page, Site

from core.demo import demo_image, localized, upsert_page
from home.demo.shop_pages import seed_shop_pages
from home.models import HomePage, StandardPage

HOME = {
    "title": {
        "vi": "Cao Bằng – sản vật và làng nghề vùng cao",
        "en": "Cao Bằng Highlands",
        "lo": "ທີ່ສູງກາວບັງ",
        "zh_hans": "高平高原",
    },
    "slug": {"vi": "trang-chu", "en": "home", "lo": "home-lo", "zh_hans": "home-zh"},
    "tagline": {
        "vi": "Sản phẩm OCOP, làng nghề và homestay của đồng bào các dân tộc Cao Bằng",
        "en": "OCOP products, craft villages and homestays from the communities of Cao Bằng",
        "lo": "ຜະລິດຕະພັນ OCOP, ບ້ານຫັດຖະກຳ ແລະ ເຮືອນພັກຂອງຊຸມຊົນຊົນເຜົ່າ ແຂວງກາວບັງ",
        "zh_hans": "越南高平省各民族社区的OCOP产品、手工艺村与民宿",
    },
    "intro": {
        "vi": "<p>Non nước Cao Bằng là Công viên địa chất toàn cầu UNESCO từ năm 2018. "
        "Mua miến dong Phja Đén, hạt dẻ Trùng Khánh hay dao rèn Phúc Sen – rồi đến tận nơi gặp người làm ra chúng.</p>",
        "en": "<p>Non Nước Cao Bằng has been a UNESCO Global Geopark since 2018. "
        "Buy Phja Đén canna noodles, Trùng Khánh chestnuts or a Phúc Sen knife – then visit the people who make them.</p>",
        "lo": "<p>ນົນເນືອກກາວບັງ ເປັນອຸທະຍານທໍລະນີສາດໂລກຂອງ UNESCO ນັບແຕ່ປີ 2018. "
        "ຊື້ເສັ້ນໝີ່ແປ້ງຜີ້ງ Phja Đén, ໝາກກໍ່ Trùng Khánh ຫຼື ມີດຕີ Phúc Sen ແລ້ວໄປຢ້ຽມຢາມຜູ້ທີ່ເຮັດມັນ.</p>",
        "zh_hans": "<p>高平山水地质公园自2018年起成为联合国教科文组织世界地质公园。"
        "购买Phja Đén美人蕉粉丝、重庆县板栗或Phúc Sen手工锻刀，再去拜访制作它们的人。</p>",
    },
}

# Fully translated: read in every language.
VISIT = {
    "title": {
        "vi": "Đến thăm Cao Bằng",
        "en": "Visiting Cao Bằng",
        "lo": "ການໄປທ່ຽວກາວບັງ",
        "zh_hans": "游览高平",
    },
    "slug": {
        "vi": "den-tham-cao-bang",
        "en": "visiting-cao-bang",
        "lo": "pai-thiao-kao-bang",
        "zh_hans": "youlan-gaoping",
    },
    "intro": {
        "vi": "Thác Bản Giốc đẹp nhất vào tháng 9 và tháng 10, khi lúa chín vàng.",
        "en": "Bản Giốc waterfall is at its best in September and October, when the rice turns gold.",
        "lo": "ນ້ຳຕົກຕາດບ້ານຈົກງາມທີ່ສຸດໃນເດືອນກັນຍາ ແລະ ເດືອນຕຸລາ ເມື່ອເຂົ້າສຸກເປັນສີຄຳ.",
        "zh_hans": "板约瀑布在九月和十月稻谷金黄时最美。",
    },
    "body": {
        "vi": "<p>Từ trung tâm tỉnh đi khoảng 90 km theo Quốc lộ 3 và Tỉnh lộ 206 qua đèo Mã Phục. "
        "Trên đường, dừng ở làng rèn Phúc Sen: mặc áo dài tay, đi giày kín và đeo kính vì tia lửa.</p>",
        "en": "<p>From the provincial centre it is about 90 km along National Road 3 and Provincial Road 206 over the "
        "Mã Phục pass. On the way, stop at the Phúc Sen forge village: wear long sleeves, closed shoes and glasses "
        "because of the sparks.</p>",
        "lo": "<p>ຈາກໃຈກາງແຂວງປະມານ 90 ກມ ຕາມທາງຫຼວງແຫ່ງຊາດເລກ 3 ແລະ ທາງແຂວງເລກ 206 ຜ່ານພູ Mã Phục. "
        "ລະຫວ່າງທາງ ແວ່ຢາມບ້ານຕີເຫຼັກ Phúc Sen: ນຸ່ງເສື້ອແຂນຍາວ, ໃສ່ເກີບປິດ ແລະ ແວ່ນຕາ ເພາະມີປະກາຍໄຟ.</p>",
        "zh_hans": "<p>从省中心沿3号国道和206号省道经马伏山口约90公里。"
        "途中可在Phúc Sen打铁村停留：因为有火花，请穿长袖、包头鞋并戴眼镜。</p>",
    },
}

# Deliberately without Lao yet: a Lao reader sees the English text and a notice saying so.
ABOUT = {
    "title": {"vi": "Về chúng tôi", "en": "About us", "lo": "", "zh_hans": "关于我们"},
    "slug": {"vi": "ve-chung-toi", "en": "about-us", "lo": "", "zh_hans": "guanyu-women"},
    "intro": {
        "vi": "Cửa hàng của các hợp tác xã và hộ sản xuất OCOP tỉnh Cao Bằng.",
        "en": "The shop of Cao Bằng's OCOP cooperatives and household producers.",
        "lo": "",
        "zh_hans": "高平省OCOP合作社和家庭生产者的商店。",
    },
    "body": {
        "vi": "<p>Năm 2025 Cao Bằng có 144 sản phẩm OCOP từ các hợp tác xã, tổ hợp tác, doanh nghiệp và hộ kinh doanh.</p>",
        "en": "<p>In 2025 Cao Bằng had 144 OCOP products from cooperatives, cooperative groups, enterprises and "
        "household businesses.</p>",
        "lo": "",
        "zh_hans": "<p>2025年，高平省共有144个OCOP产品，来自合作社、合作小组、企业和家庭经营户。</p>",
    },
}


def seed_home(stdout):
    hero = demo_image(
        "Demo: Cao Bằng karst hills",
        top=(122, 170, 196),
        bottom=(96, 150, 92),
        alt="Karst hills (demo illustration)",
    )
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(hero_image=hero, **localized(HOME)))
        # Wagtail's installer leaves a "Welcome" page as the site root; ours replaces it.
        for welcome in root.get_children().exclude(pk=home.pk).filter(content_type__model="page"):
            welcome.delete()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"root_page": home, "hostname": "localhost", "port": 80, "site_name": "Cao Bằng Highlands"},
        )
    upsert_page(home, StandardPage, {**localized(VISIT), "show_in_menus": True})
    upsert_page(home, StandardPage, localized(ABOUT))
    seed_shop_pages(home)
    stdout.write("home: home page, 'Visiting Cao Bằng', 'About us', the five shop pages")
