//! The demo catalog's content: cooperatives and their products, written in all five UI languages
//! (vi, en, zh-CN, ja, ko in that order in every array). Realistic, but invented: every row is
//! marked as demo data when seeded.

/// Texts in vi, en, zh-CN, ja, ko order.
pub type Texts = [&'static str; 5];

pub struct DemoCoop {
    /// Legal name in Vietnamese, e.g. "Hợp tác xã Mật ong U Minh".
    pub legal_name_vi: &'static str,
    /// Trading (shop) names.
    pub trading: Texts,
    /// Region code (see the list in the task).
    pub region: &'static str,
    pub commune: &'static str,
    pub year_founded: i32,
    pub members: i32,
    /// One or two sentences about the cooperative; Markdown allowed (e.g. **bold**).
    pub description: Texts,
    pub products: &'static [DemoProduct],
}

pub struct DemoProduct {
    /// One of: honey, rice-grains, dried-fruit-nuts, fish-sauce, spices, tea, coffee, medicinal-herbs,
    /// bamboo-rattan, pottery, silk-textiles, processed-foods, fresh-produce.
    pub category: &'static str,
    /// One of: jar, bottle, bag, box, pack, kg, piece, set.
    pub unit: &'static str,
    pub name: Texts,
    /// One short line (under 120 characters).
    pub short: Texts,
    /// Two to four sentences; Markdown allowed (a **bold** phrase or a short list is welcome).
    pub description: Texts,
    /// (label such as "250 g" or "500 ml" or "Bộ 3 chiếc"/"Set of 3" — use a language-neutral label like "250 g", "500 ml", "1 kg", "20 cm", "Set of 3" is NOT neutral so prefer units/numbers, price in whole VND (realistic: e.g. 85000..1500000), stock, shipping weight in grams)
    pub variants: &'static [(&'static str, i64, i32, i32)],
    /// OCOP star rating 3, 4 or 5, or None.
    pub ocop_stars: Option<i32>,
    /// Processing steps of its latest batch, in order, from this vocabulary only: "harvest", "sorting",
    /// "drying", "fermenting", "roasting", "milling", "weaving", "firing", "testing", "packing".
    pub steps: &'static [&'static str],
}

pub const COOPERATIVES: &[DemoCoop] = &[
    // ------------------------------------------------------------------ Cà Mau: honey
    DemoCoop {
        legal_name_vi: "Hợp tác xã Mật ong U Minh",
        trading: ["Mật ong U Minh", "U Minh Honey", "乌明蜂蜜", "ウーミン蜂蜜", "우민 꿀"],
        region: "ca-mau",
        commune: "Khánh An",
        year_founded: 2009,
        members: 38,
        description: [
            "Các hộ thành viên gác kèo ong giữa **rừng tràm U Minh Hạ** và thu mật theo mùa hoa tràm nở. Mật được lọc lạnh, không gia nhiệt, không pha đường.",
            "Member households practise rafter beekeeping deep in the **U Minh Hạ melaleuca forest** and harvest when the melaleuca blooms. The honey is cold-filtered, never heated and never blended with sugar.",
            "社员家庭在**乌明下白千层林**中以传统的架椽引蜂方式养蜂，随白千层花期采蜜。蜂蜜经低温过滤，不加热、不掺糖。",
            "組合員の家族は**ウーミン・ハーのメラレウカ林**で垂木を架けて野生の蜂を呼ぶ伝統的な養蜂を営み、花の季節に採蜜します。蜂蜜は低温でろ過し、加熱や加糖は一切していません。",
            "조합원 가구들은 **우민하 멜라루카 숲**에서 서까래를 걸어 야생 벌을 부르는 전통 방식으로 양봉하며 꽃이 피는 철에 꿀을 채취합니다. 꿀은 저온 여과하며 가열하거나 설탕을 섞지 않습니다.",
        ],
        products: &[
            DemoProduct {
                category: "honey",
                unit: "jar",
                name: [
                    "Mật ong rừng tràm U Minh",
                    "U Minh Melaleuca Forest Honey",
                    "乌明白千层林蜂蜜",
                    "ウーミン メラレウカ森のはちみつ",
                    "우민 멜라루카 숲 꿀",
                ],
                short: [
                    "Mật ong rừng nguyên chất, ngọt thanh, hậu hơi chát đặc trưng của hoa tràm.",
                    "Pure wild forest honey, gently sweet with the faintly tannic finish of melaleuca blossom.",
                    "纯天然林蜜，甘甜清爽，尾韵带有白千层花特有的微涩。",
                    "純粋な森の蜂蜜。すっきりした甘さに、メラレウカの花らしいほのかな渋みが残ります。",
                    "순수한 숲 꿀로, 깔끔한 단맛 뒤에 멜라루카 꽃 특유의 은은한 떫은맛이 남습니다.",
                ],
                description: [
                    "Mật được thu từ tổ ong khoái làm trên kèo gác giữa rừng tràm; chỉ cắt phần bọng mật, chừa lại phần ong non. Màu hổ phách sẫm, **độ ẩm dưới 20%**, có thể kết tinh nhẹ khi trời lạnh — đó là dấu hiệu tự nhiên. Dùng pha nước ấm, chấm bánh mì hoặc ướp món nướng.",
                    "Harvested from giant honeybee combs built on rafters in the melaleuca forest; only the honey section is cut, leaving the brood to regrow. Dark amber with **under 20% moisture**, it may crystallise slightly in cool weather — a natural sign of raw honey. Stir into warm water, drizzle on bread or use in marinades.",
                    "采自白千层林中架设在椽木上的大蜜蜂巢，只割取蜜脾，保留幼蜂部分让蜂群继续繁衍。色泽深琥珀，**含水量低于20%**，天冷时可能轻微结晶，这是生蜂蜜的自然现象。适合冲温水、搭配面包或用于腌制烧烤。",
                    "メラレウカ林の垂木に作られたオオミツバチの巣から蜜の部分だけを切り取り、幼虫の部分は残して群れを守ります。濃い琥珀色で**水分は20%未満**。寒い時期に少し結晶することがありますが、生蜂蜜ならではの自然な現象です。お湯に溶かしたり、パンに添えたり、焼き物の下味にも。",
                    "멜라루카 숲 서까래에 지은 큰꿀벌 벌집에서 꿀 부분만 잘라 내고 애벌레가 있는 부분은 남겨 벌 무리를 보호합니다. 진한 호박색에 **수분 20% 미만**이며, 추운 날씨에는 살짝 결정이 생길 수 있는데 이는 생꿀의 자연스러운 현상입니다. 따뜻한 물에 타거나 빵에 곁들이고 구이 양념에도 좋습니다.",
                ],
                variants: &[("250 g", 135000, 120, 420), ("500 g", 250000, 80, 760), ("1 kg", 470000, 40, 1400)],
                ocop_stars: Some(4),
                steps: &["harvest", "sorting", "testing", "packing"],
            },
            DemoProduct {
                category: "honey",
                unit: "box",
                name: [
                    "Mật ong tràm nguyên sáp",
                    "Melaleuca Comb Honey",
                    "白千层原巢蜜",
                    "メラレウカの巣蜜",
                    "멜라루카 벌집꿀",
                ],
                short: [
                    "Nguyên miếng sáp chứa mật, cắt tay từ tổ ong rừng, ăn được cả sáp.",
                    "Whole pieces of wild honeycomb, hand-cut and fully edible, wax and all.",
                    "手工切割的整块野生蜂巢，连蜂蜡都可食用。",
                    "手で切り分けた野生の巣蜜。蜜蝋ごと食べられます。",
                    "손으로 자른 야생 벌집 그대로, 밀랍까지 먹을 수 있습니다.",
                ],
                description: [
                    "Những miếng sáp mật còn nguyên nắp được cắt ngay tại rừng và xếp vào hộp, không quay ly tâm, không lọc. Nhai cả sáp để cảm nhận vị mật tươi và mùi hoa tràm. Thích hợp ăn kèm sữa chua, phô mai hoặc bánh mì nướng.",
                    "Sections of capped comb are cut in the forest and boxed without spinning or straining. Chew the wax to taste the honey at its freshest, with a clear melaleuca aroma. Lovely with yoghurt, cheese or toast.",
                    "封盖完好的蜂巢在林中直接切块装盒，不经离心摇蜜，也不过滤。连蜡一起咀嚼，可尝到最新鲜的蜜香与白千层花香。适合搭配酸奶、奶酪或烤面包。",
                    "蓋のついた巣を森で切り分け、遠心分離やろ過をせずにそのまま箱詰めします。蜜蝋ごと噛むと、採れたての蜜とメラレウカの香りが広がります。ヨーグルトやチーズ、トーストと一緒にどうぞ。",
                    "봉개된 벌집을 숲에서 바로 잘라 원심 분리나 여과 없이 상자에 담습니다. 밀랍째 씹으면 갓 딴 꿀맛과 멜라루카 향을 느낄 수 있습니다. 요거트, 치즈, 토스트와 잘 어울립니다.",
                ],
                variants: &[("300 g", 190000, 50, 450), ("600 g", 360000, 25, 800)],
                ocop_stars: Some(3),
                steps: &["harvest", "sorting", "packing"],
            },
            DemoProduct {
                category: "honey",
                unit: "jar",
                name: [
                    "Phấn hoa tràm U Minh",
                    "U Minh Melaleuca Bee Pollen",
                    "乌明白千层蜂花粉",
                    "ウーミン産メラレウカの花粉",
                    "우민 멜라루카 벌 화분",
                ],
                short: [
                    "Hạt phấn hoa do ong mang về, sấy ở nhiệt độ thấp để giữ dưỡng chất.",
                    "Pollen pellets gathered by the bees and dried at low temperature to keep their nutrients.",
                    "蜜蜂采回的花粉颗粒，低温烘干以保留营养。",
                    "ミツバチが集めた花粉団子を、栄養を保つため低温で乾燥させました。",
                    "벌이 모아 온 화분 알갱이를 저온 건조해 영양을 지켰습니다.",
                ],
                description: [
                    "Phấn hoa được thu bằng cửa lấy phấn đặt ở tổ ong nuôi, sau đó sấy ở 40 °C và sàng sạch. Hạt màu vàng cam, vị ngọt bùi. Mỗi ngày dùng một đến hai thìa cà phê cùng mật ong hoặc sinh tố.",
                    "Collected with pollen traps on managed hives, then dried at 40 °C and sieved clean. Golden-orange granules with a sweet, nutty taste. Take one or two teaspoons a day with honey or in a smoothie.",
                    "通过安装在蜂箱口的脱粉器收集，再以40 °C低温烘干并筛净。颗粒呈金橙色，味道香甜。每天一至两茶匙，可搭配蜂蜜或加入果昔。",
                    "巣箱に取り付けた花粉トラップで集め、40 °Cで乾燥させてふるいにかけます。金色がかったオレンジ色の粒で、甘く香ばしい味わい。1日に小さじ1~2杯を、蜂蜜と一緒に、またはスムージーに入れてどうぞ。",
                    "벌통 입구에 설치한 화분 채집기로 모은 뒤 40 °C에서 건조하고 체로 걸렀습니다. 황금빛 주황색 알갱이로 달고 고소한 맛이 납니다. 하루 한두 티스푼을 꿀과 함께 또는 스무디에 넣어 드세요.",
                ],
                variants: &[("200 g", 150000, 60, 300)],
                ocop_stars: None,
                steps: &["harvest", "drying", "sorting", "packing"],
            },
            DemoProduct {
                category: "honey",
                unit: "jar",
                name: [
                    "Mật ong ngâm gừng",
                    "Honey with Ginger Slices",
                    "蜂蜜腌姜片",
                    "しょうが漬けはちみつ",
                    "생강 절임 꿀",
                ],
                short: [
                    "Gừng sẻ thái lát ngâm trong mật ong tràm, ấm bụng những ngày mưa.",
                    "Sliced local ginger steeped in melaleuca honey — warming on rainy days.",
                    "本地小黄姜切片浸泡在白千层蜂蜜中，雨天暖身佳品。",
                    "地元の小ぶりな生姜をメラレウカ蜂蜜に漬けました。雨の日に体を温めます。",
                    "토종 생강을 얇게 썰어 멜라루카 꿀에 재웠습니다. 비 오는 날 몸을 따뜻하게 해 줍니다.",
                ],
                description: [
                    "Gừng sẻ được rửa sạch, thái mỏng, để ráo rồi ngâm trong mật ong ít nhất ba tuần cho thấm. Pha hai thìa với nước ấm để có ly trà gừng mật ong, hoặc ăn trực tiếp vài lát gừng. Bảo quản nơi khô mát, không cần để tủ lạnh.",
                    "Small, pungent ginger is washed, thinly sliced, dried off and steeped in honey for at least three weeks. Stir two spoonfuls into warm water for honey-ginger tea, or eat a few slices straight from the jar. Store somewhere cool and dry; no need to refrigerate.",
                    "辛香浓郁的小黄姜洗净、切薄片、晾干后浸入蜂蜜，至少腌渍三周。取两勺冲温水即成蜂蜜姜茶，也可直接吃几片姜。置于阴凉干燥处保存，无需冷藏。",
                    "香りの強い小ぶりの生姜を洗って薄切りにし、水気を切ってから蜂蜜に3週間以上漬け込みます。スプーン2杯をお湯に溶かせばはちみつ生姜湯に。生姜をそのまま数枚食べても。冷暗所で保存でき、冷蔵は不要です。",
                    "향이 강한 토종 생강을 씻어 얇게 썰고 물기를 뺀 뒤 꿀에 3주 이상 재웁니다. 두 스푼을 따뜻한 물에 타면 꿀생강차가 되고, 생강 몇 조각을 그대로 먹어도 좋습니다. 서늘하고 건조한 곳에 보관하며 냉장할 필요는 없습니다.",
                ],
                variants: &[("300 g", 120000, 70, 500), ("600 g", 215000, 35, 900)],
                ocop_stars: Some(3),
                steps: &["harvest", "sorting", "fermenting", "packing"],
            },
            DemoProduct {
                category: "processed-foods",
                unit: "bag",
                name: [
                    "Khô cá lóc U Minh",
                    "U Minh Dried Snakehead Fish",
                    "乌明黑鱼干",
                    "ウーミン産雷魚の干物",
                    "우민 가물치 건어",
                ],
                short: [
                    "Cá lóc đồng xẻ bướm, phơi một nắng, thịt dày và ngọt.",
                    "Butterflied wild snakehead, sun-dried for a single day — thick, sweet flesh.",
                    "野生黑鱼开背，只晒一天太阳，肉厚味甜。",
                    "天然の雷魚を開いて一日だけ天日干し。身が厚く甘みがあります。",
                    "자연산 가물치를 갈라 하루만 햇볕에 말려 살이 두툼하고 달큰합니다.",
                ],
                description: [
                    "Cá lóc đánh bắt mùa nước nổi quanh rừng tràm được làm sạch, ướp muối nhạt rồi phơi một nắng trên giàn tre. Nướng than hoặc chiên vàng, ăn kèm xoài xanh và nước mắm me. Bảo quản ngăn mát hoặc ngăn đông.",
                    "Snakehead caught during the flood season around the melaleuca forest is cleaned, lightly salted and dried for one day on bamboo racks. Grill over charcoal or pan-fry until golden, then serve with green mango and tamarind fish sauce. Keep chilled or frozen.",
                    "在白千层林区洪水季捕获的黑鱼，清理后轻盐腌制，放在竹架上晒一天。炭烤或煎至金黄，搭配青芒果和罗望子鱼露食用。请冷藏或冷冻保存。",
                    "メラレウカ林周辺で増水期に獲れた雷魚を下処理し、薄塩をして竹棚で一日干します。炭火で焼くか、こんがり揚げ焼きにして、青マンゴーとタマリンド入りのヌクマムを添えて。冷蔵または冷凍で保存してください。",
                    "멜라루카 숲 일대에서 물이 불어나는 철에 잡은 가물치를 손질해 싱겁게 소금 간을 하고 대나무 건조대에서 하루 말립니다. 숯불에 굽거나 노릇하게 지져 풋망고, 타마린드 피시소스와 함께 드세요. 냉장 또는 냉동 보관하세요.",
                ],
                variants: &[("250 g", 145000, 60, 300), ("500 g", 280000, 40, 560)],
                ocop_stars: Some(3),
                steps: &["harvest", "sorting", "drying", "packing"],
            },
        ],
    },
