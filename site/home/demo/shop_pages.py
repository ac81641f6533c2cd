"""Demo content: the shop's five legal pages in four languages (home.ShopPolicyPage).

The operator's name, address and registration number are placeholders, marked "DEMO" in every
language: a real shop replaces them before it opens. The producers' registered names are not
written here: the contact page lists the live producer pages (home.models.ShopPolicyPage.get_context).
"""

from core.demo import localized, upsert_page
from home.models import ShopPolicyKind, ShopPolicyPage

TERMS_VERSION = "2026-01"

OPERATOR = {
    "vi": "<p><strong>[DEMO – thay trước khi mở bán]</strong> Đơn vị vận hành: Công ty TNHH Ví Dụ Cao Bằng, "
    "mã số doanh nghiệp 0000000000, địa chỉ: số 0 phố Ví Dụ, phường Thục Phán, tỉnh Cao Bằng. "
    "Email: shop@example.com · Điện thoại: 0000 000 000.</p>",
    "en": "<p><strong>[DEMO – replace before opening]</strong> Operator: Cao Bằng Example Co., Ltd., "
    "enterprise code 0000000000, address: 0 Example Street, Thục Phán ward, Cao Bằng province, Vietnam. "
    "Email: shop@example.com · Phone: +84 000 000 000.</p>",
    "lo": "<p><strong>[DEMO – ປ່ຽນກ່ອນເປີດຂາຍ]</strong> ຜູ້ດຳເນີນການ: ບໍລິສັດ ຕົວຢ່າງ ກາວບັງ ຈຳກັດ, "
    "ເລກວິສາຫະກິດ 0000000000, ທີ່ຢູ່: ເລກທີ 0 ຖະໜົນຕົວຢ່າງ, ເຂດ Thục Phán, ແຂວງກາວບັງ, ຫວຽດນາມ. "
    "ອີເມວ: shop@example.com · ໂທ: +84 000 000 000.</p>",
    "zh_hans": "<p><strong>[演示 – 开业前请替换]</strong> 网站运营者：高平示例有限责任公司，"
    "企业代码 0000000000，地址：越南高平省淑泮坊示例街0号。"
    "电子邮件：shop@example.com · 电话：+84 000 000 000。</p>",
}

TERMS = {
    "title": {"vi": "Điều khoản bán hàng", "en": "Terms of sale", "lo": "ເງື່ອນໄຂການຂາຍ", "zh_hans": "销售条款"},
    "slug": {
        "vi": "dieu-khoan-ban-hang",
        "en": "terms-of-sale",
        "lo": "ngeuan-khai-kan-khai",
        "zh_hans": "xiaoshou-tiaokuan",
    },
    "intro": {
        "vi": "Các điều kiện áp dụng cho mọi đơn hàng sản phẩm và đặt chỗ trên trang này.",
        "en": "The conditions that apply to every order of products and every booking on this site.",
        "lo": "ເງື່ອນໄຂທີ່ນຳໃຊ້ກັບທຸກຄຳສັ່ງຊື້ສິນຄ້າ ແລະ ທຸກການຈອງໃນເວັບໄຊນີ້.",
        "zh_hans": "适用于本网站所有产品订单和预订的条件。",
    },
    "body": {
        "vi": "<h2>Người bán</h2><p>Mỗi sản phẩm do hợp tác xã hoặc hộ sản xuất ghi trên trang sản phẩm bán; "
        "trang này là nơi trưng bày và nhận thanh toán thay cho họ. Xem trang Liên hệ.</p>"
        "<h2>Giá và thanh toán</h2><p>Giá niêm yết và số tiền thanh toán tính bằng đồng Việt Nam (VND); các loại "
        "tiền khác chỉ để tham khảo. Phí giao hàng tính theo khối lượng và nơi nhận, hiển thị trước khi thanh toán. "
        "Đơn hàng chỉ được xác nhận khi đã thanh toán thành công.</p>"
        "<h2>Đặt chỗ trải nghiệm và homestay</h2><p>Chính sách hủy được ghi trên trang đặt chỗ và lưu cùng đơn "
        "hàng tại thời điểm mua.</p>"
        "<h2>Đổi trả</h2><p>Xem trang Đổi trả và hoàn tiền.</p>"
        "<h2>Khiếu nại</h2><p>Liên hệ chúng tôi qua trang Liên hệ; chúng tôi trả lời trong vòng 3 ngày làm việc. "
        "Tranh chấp được giải quyết theo pháp luật Việt Nam về bảo vệ quyền lợi người tiêu dùng.</p>",
        "en": "<h2>Who sells</h2><p>Each product is sold by the cooperative or household producer named on its "
        "page; this site displays it and takes payment on their behalf. See the Contact page.</p>"
        "<h2>Prices and payment</h2><p>Prices and the amount charged are in Vietnamese đồng (VND); other "
        "currencies are shown as an approximation only. The delivery fee depends on weight and destination and is "
        "shown before you pay. An order is confirmed only once its payment has succeeded.</p>"
        "<h2>Experiences and homestays</h2><p>The cancellation policy is shown on the booking page and stored with "
        "your order when you buy.</p>"
        "<h2>Returns</h2><p>See Returns and refunds.</p>"
        "<h2>Complaints</h2><p>Write to us through the Contact page; we answer within 3 working days. Disputes are "
        "settled under Vietnamese consumer-protection law.</p>",
        "lo": "<h2>ຜູ້ຂາຍ</h2><p>ສິນຄ້າແຕ່ລະອັນຂາຍໂດຍສະຫະກອນ ຫຼື ຄົວເຮືອນຜູ້ຜະລິດທີ່ລະບຸໃນໜ້າສິນຄ້າ; "
        "ເວັບໄຊນີ້ສະແດງສິນຄ້າ ແລະ ຮັບເງິນແທນເຂົາເຈົ້າ. ເບິ່ງໜ້າຕິດຕໍ່.</p>"
        "<h2>ລາຄາ ແລະ ການຈ່າຍເງິນ</h2><p>ລາຄາ ແລະ ຈຳນວນເງິນທີ່ຈ່າຍແມ່ນເປັນເງິນດົ່ງຫວຽດນາມ (VND); ສະກຸນເງິນອື່ນ"
        "ສະແດງເປັນຄ່າປະມານເທົ່ານັ້ນ. ຄ່າສົ່ງຂຶ້ນກັບນ້ຳໜັກ ແລະ ປາຍທາງ ແລະ ສະແດງກ່ອນຈ່າຍເງິນ. "
        "ຄຳສັ່ງຊື້ຈະຖືກຢືນຢັນເມື່ອຈ່າຍເງິນສຳເລັດແລ້ວເທົ່ານັ້ນ.</p>"
        "<h2>ປະສົບການ ແລະ ເຮືອນພັກ</h2><p>ນະໂຍບາຍການຍົກເລີກສະແດງຢູ່ໜ້າຈອງ ແລະ ບັນທຶກໄວ້ກັບຄຳສັ່ງຊື້ຂອງທ່ານ.</p>"
        "<h2>ການສົ່ງຄືນ</h2><p>ເບິ່ງໜ້າການສົ່ງຄືນ ແລະ ການຄືນເງິນ.</p>"
        "<h2>ຄຳຮ້ອງທຸກ</h2><p>ຕິດຕໍ່ພວກເຮົາຜ່ານໜ້າຕິດຕໍ່; ພວກເຮົາຕອບພາຍໃນ 3 ວັນລັດຖະການ. "
        "ຂໍ້ຂັດແຍ່ງແກ້ໄຂຕາມກົດໝາຍຫວຽດນາມວ່າດ້ວຍການປົກປ້ອງຜູ້ບໍລິໂພກ.</p>",
        "zh_hans": "<h2>卖方</h2><p>每件产品由其页面上注明的合作社或家庭生产者销售；本网站负责展示并代为收款。"
        "请参阅“联系我们”页面。</p>"
        "<h2>价格与付款</h2><p>价格和实际扣款金额均以越南盾（VND）计；其他货币仅供参考。运费按重量和目的地计算，"
        "付款前显示。订单仅在付款成功后确认。</p>"
        "<h2>体验与民宿预订</h2><p>取消政策显示在预订页面上，并在购买时随订单保存。</p>"
        "<h2>退货</h2><p>请参阅“退货与退款”。</p>"
        "<h2>投诉</h2><p>请通过“联系我们”页面与我们联系；我们在3个工作日内答复。争议依照越南消费者权益保护法解决。</p>",
    },
}

PRIVACY = {
    "title": {
        "vi": "Chính sách quyền riêng tư",
        "en": "Privacy notice",
        "lo": "ແຈ້ງການຄວາມເປັນສ່ວນຕົວ",
        "zh_hans": "隐私声明",
    },
    "slug": {"vi": "quyen-rieng-tu", "en": "privacy", "lo": "khwam-pen-suan-tua", "zh_hans": "yinsi"},
    "intro": {
        "vi": "Chúng tôi giữ dữ liệu cá nhân nào, vì sao, trong bao lâu, và quyền của bạn "
        "(Nghị định 13/2023/NĐ-CP; GDPR với khách châu Âu).",
        "en": "What personal data we keep, why, for how long, and your rights "
        "(Decree 13/2023/NĐ-CP; the GDPR for European visitors).",
        "lo": "ພວກເຮົາເກັບຂໍ້ມູນສ່ວນຕົວຫຍັງ, ເປັນຫຍັງ, ດົນປານໃດ ແລະ ສິດຂອງທ່ານ (ດຳລັດ 13/2023/NĐ-CP; GDPR ສຳລັບຜູ້ມາຢ້ຽມຢາມຈາກເອີຣົບ).",
        "zh_hans": "我们保存哪些个人数据、原因、保存多久，以及您的权利（第13/2023/NĐ-CP号法令；欧洲访客适用GDPR）。",
    },
    "body": {
        "vi": "<h2>Dữ liệu chúng tôi giữ</h2><p>Họ tên, email, số điện thoại và địa chỉ giao hàng để giao hàng và "
        "liên lạc về đơn; tên người đi và số người để nơi đón khách chuẩn bị; nếu bạn có tài khoản: email đăng "
        "nhập và địa chỉ đã lưu. Thẻ thanh toán do cổng thanh toán xử lý, chúng tôi không lưu số thẻ.</p>"
        "<h2>Những gì được giữ lại sau khi xóa</h2><p>Luật kế toán buộc chúng tôi giữ số đơn hàng, ngày, số "
        "tiền, các khoản thanh toán và hoàn tiền trong 10 năm; những dữ liệu đó được giữ lại nhưng không còn gắn "
        "với tên, email, điện thoại hay địa chỉ của bạn.</p>"
        "<h2>Thời gian lưu</h2><p>Dữ liệu cá nhân của đơn mua không cần tài khoản được ẩn danh tự động sau thời "
        "hạn lưu giữ (mặc định 2 năm) kể từ ngày đặt hàng.</p>"
        "<h2>Quyền của bạn</h2><p>Khi đăng nhập, bạn có thể tải toàn bộ dữ liệu của mình (JSON) và yêu cầu xóa "
        "tại mục Tài khoản › Dữ liệu cá nhân. Đơn hàng đang giao hoặc chuyến đi chưa diễn ra cần hoàn tất trước.</p>"
        "<h2>Email tiếp thị</h2><p>Đồng ý nhận email tiếp thị là lựa chọn riêng, mặc định tắt; mua hàng không "
        "đồng nghĩa với việc đăng ký nhận tin.</p>",
        "en": "<h2>What we keep</h2><p>Your name, email, phone and delivery address, to deliver and to write to "
        "you about your order; the lead traveller's name and the number of people, so hosts can prepare; with an "
        "account, your sign-in email and saved addresses. Cards are handled by the payment provider; we never "
        "store card numbers.</p>"
        "<h2>What stays after erasure</h2><p>Accounting law requires us to keep order numbers, dates, amounts, "
        "payments and refunds for 10 years; they are kept, no longer linked to your name, email, phone or "
        "address.</p>"
        "<h2>How long</h2><p>The personal data of orders placed without an account is anonymised automatically "
        "after the retention period (2 years by default) from the order date.</p>"
        "<h2>Your rights</h2><p>Signed in, you can download all your data (JSON) and ask for its erasure under "
        "Account › Personal data. An order on its way or a trip yet to take place must be completed first.</p>"
        "<h2>Marketing email</h2><p>Consent to marketing email is separate and off by default; buying does not "
        "sign you up.</p>",
        "lo": "<h2>ຂໍ້ມູນທີ່ພວກເຮົາເກັບ</h2><p>ຊື່, ອີເມວ, ເບີໂທ ແລະ ທີ່ຢູ່ຈັດສົ່ງ ເພື່ອຈັດສົ່ງ ແລະ ຕິດຕໍ່ກ່ຽວກັບຄຳສັ່ງຊື້; "
        "ຊື່ຜູ້ເດີນທາງ ແລະ ຈຳນວນຄົນ ເພື່ອໃຫ້ເຈົ້າພາບກະກຽມ; ຖ້າມີບັນຊີ: ອີເມວເຂົ້າລະບົບ ແລະ ທີ່ຢູ່ທີ່ບັນທຶກໄວ້. "
        "ບັດຈ່າຍເງິນຈັດການໂດຍຜູ້ໃຫ້ບໍລິການຈ່າຍເງິນ; ພວກເຮົາບໍ່ເກັບເລກບັດ.</p>"
        "<h2>ສິ່ງທີ່ຍັງເກັບໄວ້ຫຼັງຈາກລຶບ</h2><p>ກົດໝາຍບັນຊີກຳນົດໃຫ້ເກັບເລກຄຳສັ່ງຊື້, ວັນທີ, ຈຳນວນເງິນ, ການຈ່າຍ ແລະ "
        "ການຄືນເງິນໄວ້ 10 ປີ; ຂໍ້ມູນເຫຼົ່ານັ້ນຍັງເກັບໄວ້ ແຕ່ບໍ່ເຊື່ອມກັບຊື່, ອີເມວ, ເບີໂທ ຫຼື ທີ່ຢູ່ຂອງທ່ານອີກ.</p>"
        "<h2>ໄລຍະເວລາ</h2><p>ຂໍ້ມູນສ່ວນຕົວຂອງຄຳສັ່ງຊື້ທີ່ບໍ່ມີບັນຊີ ຈະຖືກເຮັດໃຫ້ບໍ່ລະບຸຕົວຕົນອັດຕະໂນມັດ "
        "ຫຼັງຈາກໄລຍະເກັບຮັກສາ (ຕາມປົກກະຕິ 2 ປີ) ນັບແຕ່ວັນສັ່ງຊື້.</p>"
        "<h2>ສິດຂອງທ່ານ</h2><p>ເມື່ອເຂົ້າລະບົບ ທ່ານສາມາດດາວໂຫຼດຂໍ້ມູນທັງໝົດຂອງທ່ານ (JSON) ແລະ ຂໍໃຫ້ລຶບໄດ້ທີ່ "
        "ບັນຊີ › ຂໍ້ມູນສ່ວນຕົວ. ຄຳສັ່ງຊື້ທີ່ກຳລັງຈັດສົ່ງ ຫຼື ການເດີນທາງທີ່ຍັງບໍ່ທັນເກີດຂຶ້ນ ຕ້ອງສຳເລັດກ່ອນ.</p>"
        "<h2>ອີເມວການຕະຫຼາດ</h2><p>ການຍິນຍອມຮັບອີເມວການຕະຫຼາດແມ່ນແຍກຕ່າງຫາກ ແລະ ປິດໄວ້ຕາມປົກກະຕິ; "
        "ການຊື້ບໍ່ແມ່ນການລົງທະບຽນຮັບຂ່າວ.</p>",
        "zh_hans": "<h2>我们保存的数据</h2><p>您的姓名、电子邮件、电话和收货地址，用于配送和就订单与您联系；"
        "主要旅客姓名和人数，以便接待方准备；如您有账户：登录邮箱和已保存的地址。银行卡由支付服务商处理，"
        "我们从不保存卡号。</p>"
        "<h2>删除后仍保留的内容</h2><p>会计法要求我们将订单号、日期、金额、付款和退款记录保存10年；"
        "这些记录会保留，但不再与您的姓名、电子邮件、电话或地址关联。</p>"
        "<h2>保存期限</h2><p>未登录账户下单的个人数据，自下单之日起超过保存期限（默认2年）后自动匿名化。</p>"
        "<h2>您的权利</h2><p>登录后，您可以在“账户 › 个人数据”下载您的全部数据（JSON）并申请删除。"
        "正在配送的订单或尚未进行的行程需先完成。</p>"
        "<h2>营销邮件</h2><p>接收营销邮件的同意是单独的，默认关闭；购买不代表订阅。</p>",
    },
}

SHIPPING = {
    "title": {"vi": "Giao hàng", "en": "Shipping and delivery", "lo": "ການຈັດສົ່ງ", "zh_hans": "配送说明"},
    "slug": {"vi": "giao-hang", "en": "shipping", "lo": "kan-chat-song", "zh_hans": "peisong"},
    "intro": {
        "vi": "Chúng tôi giao hàng trên toàn quốc và một số nước; bạn cũng có thể nhận tại Cao Bằng.",
        "en": "We deliver across Vietnam and to some other countries; you can also collect in Cao Bằng.",
        "lo": "ພວກເຮົາຈັດສົ່ງທົ່ວຫວຽດນາມ ແລະ ບາງປະເທດ; ທ່ານຍັງສາມາດມາຮັບເອງທີ່ກາວບັງ.",
        "zh_hans": "我们配送至越南全国及部分其他国家；您也可以在高平自取。",
    },
    "body": {
        "vi": "<p>Phí giao hàng tính theo khối lượng và vùng nhận (trong tỉnh, toàn quốc, quốc tế) và hiển thị trước "
        "khi thanh toán. Hàng được đóng gói trong 1–3 ngày làm việc sau khi thanh toán; thời gian vận chuyển "
        "thường là 1–2 ngày trong tỉnh, 3–5 ngày toàn quốc. Khi hàng được gửi đi, bạn nhận email có tên đơn vị "
        "vận chuyển và đường dẫn theo dõi. Sản phẩm tươi (như hạt dẻ) chỉ bán theo mùa.</p>",
        "en": "<p>The delivery fee depends on weight and zone (within the province, Vietnam, abroad) and is shown "
        "before you pay. Orders are packed within 1–3 working days of payment; transit usually takes 1–2 days "
        "within the province and 3–5 days across Vietnam. When your parcel leaves, we email you the carrier and a "
        "tracking link. Fresh produce (such as chestnuts) is sold in season only.</p>",
        "lo": "<p>ຄ່າສົ່ງຂຶ້ນກັບນ້ຳໜັກ ແລະ ເຂດ (ພາຍໃນແຂວງ, ທົ່ວຫວຽດນາມ, ຕ່າງປະເທດ) ແລະ ສະແດງກ່ອນຈ່າຍເງິນ. "
        "ສິນຄ້າຈະຖືກຫຸ້ມຫໍ່ພາຍໃນ 1–3 ວັນລັດຖະການຫຼັງຈ່າຍເງິນ; ການຂົນສົ່ງປົກກະຕິໃຊ້ເວລາ 1–2 ວັນພາຍໃນແຂວງ "
        "ແລະ 3–5 ວັນທົ່ວຫວຽດນາມ. ເມື່ອພັດສະດຸອອກເດີນທາງ ພວກເຮົາສົ່ງອີເມວບອກບໍລິສັດຂົນສົ່ງ ແລະ ລິ້ງຕິດຕາມ. "
        "ຜະລິດຕະພັນສົດ (ເຊັ່ນ ໝາກກໍ່) ຂາຍສະເພາະລະດູການ.</p>",
        "zh_hans": "<p>运费按重量和区域（省内、越南全国、国际）计算，付款前显示。订单在付款后1–3个工作日内打包；"
        "省内运输通常需1–2天，越南全国3–5天。包裹发出时，我们会通过电子邮件告知承运商和追踪链接。"
        "生鲜产品（如板栗）仅在当季销售。</p>",
    },
}

RETURNS = {
    "title": {
        "vi": "Đổi trả và hoàn tiền",
        "en": "Returns and refunds",
        "lo": "ການສົ່ງຄືນ ແລະ ການຄືນເງິນ",
        "zh_hans": "退货与退款",
    },
    "slug": {"vi": "doi-tra-hoan-tien", "en": "returns", "lo": "kan-song-kheun", "zh_hans": "tuihuo-tuikuan"},
    "intro": {
        "vi": "Hàng hỏng, sai hoặc thiếu: báo cho chúng tôi trong 7 ngày kể từ khi nhận.",
        "en": "Damaged, wrong or missing items: tell us within 7 days of delivery.",
        "lo": "ສິນຄ້າເສຍຫາຍ, ຜິດ ຫຼື ຂາດ: ແຈ້ງພວກເຮົາພາຍໃນ 7 ວັນນັບແຕ່ໄດ້ຮັບ.",
        "zh_hans": "商品损坏、错发或缺少：请在收货后7天内告知我们。",
    },
    "body": {
        "vi": "<p>Gửi email kèm số đơn hàng và ảnh chụp. Chúng tôi hoàn tiền cho từng sản phẩm hoặc một phần số "
        "tiền về đúng phương thức thanh toán ban đầu, thường trong 5–10 ngày làm việc, và báo cho bạn qua email. "
        "Thực phẩm đã mở không được đổi trả trừ khi bị lỗi. Đặt chỗ trải nghiệm, homestay và tour được hoàn tiền "
        "theo chính sách hủy ghi trên đơn.</p>",
        "en": "<p>Email us your order number and a photo. We refund per item or part of the amount to the original "
        "payment method, usually within 5–10 working days, and tell you by email. Opened food cannot be returned "
        "unless it is faulty. Experiences, homestays and tours are refunded under the cancellation policy stored "
        "with your order.</p>",
        "lo": "<p>ສົ່ງອີເມວພ້ອມເລກຄຳສັ່ງຊື້ ແລະ ຮູບຖ່າຍ. ພວກເຮົາຄືນເງິນຕາມລາຍການ ຫຼື ບາງສ່ວນ ເຂົ້າວິທີຈ່າຍເງິນເດີມ, "
        "ປົກກະຕິພາຍໃນ 5–10 ວັນລັດຖະການ ແລະ ແຈ້ງທ່ານທາງອີເມວ. ອາຫານທີ່ເປີດແລ້ວບໍ່ສາມາດສົ່ງຄືນໄດ້ ເວັ້ນເສຍແຕ່ມີຂໍ້ບົກພ່ອງ. "
        "ປະສົບການ, ເຮືອນພັກ ແລະ ທົວ ຄືນເງິນຕາມນະໂຍບາຍການຍົກເລີກທີ່ບັນທຶກກັບຄຳສັ່ງຊື້.</p>",
        "zh_hans": "<p>请将订单号和照片通过电子邮件发给我们。我们按商品或部分金额原路退款，通常在5–10个工作日内完成，"
        "并通过电子邮件通知您。已开封的食品除质量问题外不予退货。体验、民宿和旅游线路按订单中保存的取消政策退款。</p>",
    },
}

CONTACT = {
    "title": {"vi": "Liên hệ", "en": "Contact", "lo": "ຕິດຕໍ່", "zh_hans": "联系我们"},
    "slug": {"vi": "lien-he", "en": "contact", "lo": "tit-to", "zh_hans": "lianxi"},
    "intro": {
        "vi": "Ai vận hành trang này, và những nhà sản xuất bán hàng trên đó.",
        "en": "Who runs this site, and the producers who sell on it.",
        "lo": "ໃຜດຳເນີນເວັບໄຊນີ້ ແລະ ຜູ້ຜະລິດທີ່ຂາຍຢູ່ໃນນັ້ນ.",
        "zh_hans": "本网站的运营者，以及在本站销售的生产者。",
    },
    "body": OPERATOR,
}

PAGES = [
    (ShopPolicyKind.TERMS, TERMS),
    (ShopPolicyKind.PRIVACY, PRIVACY),
    (ShopPolicyKind.SHIPPING, SHIPPING),
    (ShopPolicyKind.RETURNS, RETURNS),
    (ShopPolicyKind.CONTACT, CONTACT),
]


def seed_shop_pages(home):
    """The five pages under `home`, published; the terms page at TERMS_VERSION (an editor's later bump is kept)."""
    pages = []
    for kind, fields in PAGES:
        existing = ShopPolicyPage.objects.filter(kind=kind).first()
        values = {**localized(fields), "kind": kind}
        if kind == ShopPolicyKind.TERMS:
            values["version"] = existing.version if existing and existing.version else TERMS_VERSION
        if existing is not None:  # found by its kind (unique), even if an editor changed its slug
            values = {name: value for name, value in values.items() if not name.startswith("slug")}
            for name, value in values.items():
                setattr(existing, name, value)
            existing.save_revision().publish()
            pages.append(existing)
        else:
            pages.append(upsert_page(home, ShopPolicyPage, values))
    return pages
