/**
 * The facts' notes in Simplified Chinese, written by us for Chinese readers from the English notes in the
 * fact modules: the outlets are named (伯虎财经, 北京科技报, 侃见财经, 网易号文章, 科创板日报), never by
 * label. Traditional is converted from these. src/i18n/fact-notes.ts reads them; a fact whose English note
 * has no entry here stops the build.
 */
import type { FactId } from './registry';

export interface FactNotesZh {
  note?: string;
  disagreementNote?: string;
}

const s4Years = '网易号文章写于2025年底，文中的“去年”指2024年，“今年”指2025年。';
const anthropicArrOrRevenue =
  '网易号文章先给出Anthropic在2025年初的年化收入（ARR，即按当时收入水平折算的全年数），随后说其“全年”收入预计将猛增至70亿美元，明年将达到200亿至260亿美元。后面两个数字既可能像第一个一样是年化收入，也可能是当年实际取得的收入，文章没有说明，而两者衡量的并不是同一件事。本站把年化收入记为第一种说法，与句中第一个数字一致，把全年收入记为第二种说法，并在页面上以中性的“收入”称呼这些数字。';
const reportedInUsd = 'MiniMax以美元报告业绩，人民币数字是媒体自行换算的。';
const rmbAssumed = '没有一篇报道给出汇率。';

export const factNotesZh: Partial<Record<FactId, FactNotesZh>> = {
  'zhipu.revenue.2023': { disagreementNote: '伯虎财经给出招股书数字1.245亿元，侃见财经四舍五入为1.25亿元。差别来自四舍五入，本站采用更精确的数字。' },
  'zhipu.revenue.2024': { disagreementNote: '伯虎财经和北京科技报给出招股书数字3.124亿元，侃见财经和网易号文章四舍五入为3.12亿元（网易号文章加了“约”字）。差别来自四舍五入。' },
  'zhipu.revenue.h1-2025': { disagreementNote: '北京科技报、侃见财经和网易号文章给出1.91亿元（网易号文章加了“约”字），伯虎财经给出1.9亿元，取整更粗。本站采用三家一致的数字。' },
  'zhipu.revenue-growth.h1-2025': { disagreementNote: '北京科技报给出325%，网易号文章四舍五入为约330%。本站采用更精确的数字。' },
  'zhipu.onprem-share.2024': { disagreementNote: '伯虎财经给出招股书中2024年的占比84.5%，网易号文章称“约85%”，没有注明时期。差别来自四舍五入，本站采用精确数字。' },
  'zhipu.gross-margin.overall': { disagreementNote: '伯虎财经和北京科技报称智谱毛利率长期保持在50%以上，网易号文章则称整体毛利率约为50%。本站采用两家都给出的“超过50%”。北京科技报的这个数字出现在一句谈本地化部署的话里。' },
  'zhipu.net-loss.h1-2025': { disagreementNote: '伯虎财经给出23.58亿元，这是它2022年至2025年上半年完整序列中的一项；侃见财经给出23.51亿元。两者都不是对方四舍五入的结果，很可能有一家抄错了一位数字；本站采用伯虎财经的完整序列。' },
  'zhipu.compute-share-of-rnd': { disagreementNote: '北京科技报和网易号文章称算力占研发开支七成以上，伯虎财经称七到八成。几种说法并不矛盾，本站采用两家共同的说法。三家都是就智谱和MiniMax两家合并而言。' },
  'zhipu.market-value-intraday.2026-01-12': {
    disagreementNote:
      '北京科技报称，1月12日午后智谱股价一度涨超60%，市值突破1000亿港元，但没有说明涨幅从哪个价格算起。伯虎财经（截至发稿）和侃见财经（按最新收盘价）都说市值约800亿港元，两家都没有注明日期。由于较低的数字没有日期，几篇报道的先后无法排定：本站不说市值先涨后跌，在其他地方把约800亿港元作为智谱上市后的市值。',
  },
  'minimax.founded': {
    disagreementNote:
      '伯虎财经称闫俊杰辞去商汤副总裁一职、于2022年创立MiniMax，侃见财经也引述招股书，从公司2022年成立算起。但侃见财经在同一篇文章的另一处引用未具名的“相关资料”，称闫俊杰2021年11月离开商汤、在上海创立MiniMax；它还说MiniMax比2019年成立的智谱晚两年多，两个日期都说得通。本站采用招股书给出的2022年，并列出另一种说法。',
  },
  'minimax.founder.left-sensetime': { disagreementNote: '侃见财经引用未具名的资料，把闫俊杰离开商汤的时间定在2021年11月；伯虎财经则放在2022年，即它所说的创立之年。本站采用更精确的2021年11月，并列出另一种说法。' },
  'minimax.revenue.2024': { note: s4Years, disagreementNote: '网易号文章给出约3052万美元，伯虎财经和北京科技报给出3050万美元。差别来自四舍五入，本站采用更精确的数字。' },
  'minimax.revenue.9m-2025': { disagreementNote: '北京科技报给出5344万美元，网易号文章给出约5343万美元，伯虎财经给出5340万美元。本站采用北京科技报没有加限定词、也最精确的数字，其他说法的差别来自四舍五入。' },
  'minimax.revenue-rmb.2023': { note: reportedInUsd, disagreementNote: '两个数字都是媒体对350万美元的自行换算：伯虎财经约2464.4万元，侃见财经2451万元。两家用的汇率不同，都不是公司的报告货币。' },
  'minimax.revenue-rmb.2024': { note: reportedInUsd, disagreementNote: '两个数字都是媒体对美元数字的自行换算：侃见财经2.19亿元，伯虎财经约2.2亿元。本站采用更精确的一个。' },
  'minimax.revenue-rmb.9m-2025': { note: reportedInUsd, disagreementNote: '两个数字都是媒体对美元数字的自行换算：侃见财经3.797亿元，伯虎财经约3.8亿元。本站采用更精确的一个。' },
  'minimax.revenue-growth.2024': {
    disagreementNote:
      '北京科技报给出的增幅是782.2%，网易号文章是782%。北京科技报把两年收入分别取整为350万美元和3050万美元，用这两个取整后的数字算出的增幅约为771%。所述增幅依据的是未经取整的账目，因此本站在比较这两年时一律采用782.2%，倍数（约8.8倍）也据此计算。',
  },
  'minimax.revenue-growth.9m-2025': { disagreementNote: '北京科技报和网易号文章给出175%（网易号文章加了“约”字），侃见财经称“超170%”，两者相符，只是不够精确。' },
  'minimax.overseas-share.9m-2025': { disagreementNote: '北京科技报称超过73%，伯虎财经和侃见财经称超过70%，网易号文章称近四分之三。几种说法并不矛盾，本站采用北京科技报最精确的下限。' },
  'minimax.consumer-share.9m-2025': { disagreementNote: '北京科技报给出71.1%，伯虎财经称约71%，差别来自四舍五入。' },
  'minimax.cumulative-loss': {
    note: reportedInUsd,
    disagreementNote:
      '北京科技报称MiniMax在与智谱“同期”的累计亏损约为93亿元，并把这一时期写作2022年至2025年年中。但伯虎财经列出的MiniMax各年亏损，只有把2025年前九个月算进去，加起来才接近这个数，因此本站把它读作截至2025年9月的累计亏损。',
  },
  'minimax.compute-share-of-rnd': { disagreementNote: '北京科技报和网易号文章称研发开支中七成以上花在算力上，伯虎财经给出的是两家公司2024年的七到八成。几种说法并不矛盾。' },
  'minimax.first-day-change': { disagreementNote: '北京科技报给出109.09%，伯虎财经称超过109%。两者相符，本站采用精确数字。' },
  'minimax.market-value': {
    disagreementNote:
      '侃见财经给出按最新收盘价计算的1128亿港元，伯虎财经给出截至发稿的约1100亿港元，北京科技报则说上市首日市值突破1000亿港元。前两家都没有注明日期，伯虎财经的数字又经过四舍五入，所以两者的差距既可能来自时间，也可能来自取整。本站采用侃见财经的精确数字。',
  },
  'peers.six-tigers-count': {
    disagreementNote:
      '家数一致（六家），叫法不同：伯虎财经称之为“中国AI六小龙”，北京科技报和科创板日报称之为“大模型六小虎”。本站采用两家共同使用的“六小虎”。只有科创板日报列全了六家（智谱、MiniMax、月之暗面、阶跃星辰、百川智能、零一万物）；北京科技报列了五家，从未提到阶跃星辰；伯虎财经只点名了智谱和MiniMax两家。',
  },
  'peers.zeroone.status': { disagreementNote: '两篇报道都认为零一万物已退出通用基础模型的竞争。北京科技报说它和百川智能一道转向医疗AI等垂直领域；科创板日报没有提到零一万物的新方向，只说百川智能转向了医疗。本站采用科创板日报更窄、也有采访支撑的说法。' },
  'giants.bytedance.low-price-push': { disagreementNote: '科创板日报把字节跳动转入进攻（内部流量、对企业客户的低价、硬件）放在2025年；北京科技报在一句谈2024年推出豆包大模型的话里也提到内部流量和低价。北京科技报这句话可能只是概括，本站采用逐年交代先后的科创板日报。' },
  'global.anthropic.arr.end-2025': { note: `${s4Years}文章没有给出年内的具体日期。`, disagreementNote: anthropicArrOrRevenue },
  'global.anthropic.arr.2026': { note: s4Years, disagreementNote: anthropicArrOrRevenue },

  'zhipu.series-a.2021': { note: '原文只说“亿元A轮融资”，即数亿元人民币级别（至少1亿元）的A轮，没有给出确切金额。年份取自前一段（“时间的指针来到2021年”），“同一年”指的就是这一年。' },
  'zhipu.revenue-usd.2024': { note: '网易号文章自行把3.12亿元换算成美元；公司以人民币报告业绩。' },
  'zhipu.revenue-usd.h1-2025': { note: '网易号文章自行把1.91亿元换算成美元；公司以人民币报告业绩。' },
  'zhipu.revenue-cagr.2022-2024': { note: '伯虎财经在列出截至2025年上半年的收入后给出这一增速；北京科技报把它对应到2022年至2024年，这也是唯一对得上的区间。' },
  'zhipu.revenue-forecast.2025': { note: '这是中信证券的预测，不是已披露的数字。' },
  'zhipu.first-100m-usd-revenue.2025': { note: '出自中信证券对智谱2025年收入7.38亿元的预测；网易号文章写于年底之前，指出当时还没有一家纯粹的中国大模型公司年收入达到1亿美元。' },
  'zhipu.maas-arr.start-2025': { note: '原文写作“2000万”，没有注明币种；本站按人民币处理，与智谱的其他数字一致。' },
  'zhipu.maas-arr.end-2025': { note: '原文写作“超5亿”，没有注明币种；本站按人民币处理。' },
  'zhipu.maas-arr-growth.2025': { note: '从2000万元增至5亿元以上，是25倍。' },
  'zhipu.cloud-share.h1-2025': { note: '北京科技报说这一比重“提升至”15.2%，但伯虎财经给出的2024年数字是15.5%：与2024年相比，云端占比其实略有下降。' },
  'zhipu.gross-margin.api': { note: '网易号文章说API业务毛利率“在0%之间摇摆”，这句话似乎漏掉了区间的下限。' },
  'zhipu.adjusted-loss.h1-2025': { note: '网易号文章写作“17.52亿”，没有注明币种；前一句用的是人民币。' },
  'zhipu.adjusted-loss-usd.2024': { note: '网易号文章自行把24.65亿元换算成美元。' },
  'zhipu.adjusted-loss-usd.h1-2025': { note: '网易号文章自行把17.52亿元换算成美元。' },
  'zhipu.monthly-loss.h1-2025': { note: '按伯虎财经给出的2025年上半年净亏损23.58亿元计算，每月约3.9亿元；北京科技报的数字应理解为下限。' },
  'zhipu.pre-ipo-valuation': { note: '伯虎财经这一数字是就智谱和MiniMax两家而言（“均”）。' },
  'zhipu.ipo-proceeds-to-rnd': { note: '北京科技报这一说法同时适用于智谱和MiniMax（“均”）。' },
  'zhipu.listing-date': { note: '原文只给出月和日；年份是2026年（1月10日发稿的科创板日报报道两家已经上市）。' },
  'zhipu.intraday-high-change.2026-01-12': { note: '北京科技报没有说明涨幅的基准是发行价还是前一日收盘价。' },
  'zhipu.market-value': { note: '伯虎财经（“约”，截至发稿）和侃见财经（按最新收盘价）给出的都是800亿港元，两家都没有注明日期。它与1月12日的高点如何对应，是一处分歧，列在那个数字之下。' },
  'minimax.founding-gap-vs-zhipu': { note: '侃见财经说MiniMax比智谱晚成立“两年多”，伯虎财经把智谱的成立定在2019年。' },
  'minimax.age-at-listing': { note: '侃见财经按截至上市的四年经营期计算。' },
  'minimax.backers': { note: '伯虎财经：以科技巨头和国际投资机构为主，它们为MiniMax打开了海外市场。' },
  'minimax.bytedance-approach-rejected': { note: '云启资本陈昱在一档播客中讲述，科创板日报引用；接触发生在字节跳动2024年年中决定自研大模型之前。' },
  'minimax.efficiency-gain': { note: '这是MiniMax对其MoE加线性注意力模型的自述，由伯虎财经报道；文本越长，提升越大。' },
  'minimax.open-platform-share.early': { note: '网易号文章没有说明“起初”是什么时候；开放平台出售的是API调用。' },
  'minimax.open-platform-share.latest': { note: '网易号文章写于2025年底，原文说的是“目前”。' },
  'minimax.mau': { note: '伯虎财经称之为平均月活跃用户。' },
  'minimax.gross-margin.ai-native': { note: '网易号文章给出同一数字时加了“约”字。' },
  'minimax.net-loss-rmb.2024': { note: reportedInUsd },
  'minimax.net-loss-rmb.9m-2025': { note: reportedInUsd },
  'minimax.adjusted-loss.2024': { note: s4Years },
  'minimax.adjusted-loss.9m-2025': { note: '网易号文章说，这一数字与上年同期相比变化不大。' },
  'minimax.marketing-decline.2025': { note: '伯虎财经写于2026年1月，文中的“去年”指2025年。' },
  'minimax.paid-promotion-cut': { note: '网易号文章写于2025年底，原文说的是“今年以来”。' },
  'minimax.ipo-proceeds-rnd-share': { note: '北京科技报这一说法同时适用于智谱和MiniMax。' },
  'minimax.m2-openrouter-tokens': { note: '据网易号文章，这是首个在OpenRouter上日均token调用量突破500亿的中国模型。' },
  'minimax.open-platform-tokens': { note: '网易号文章原文为“数十亿”；本站只记录它所隐含的下限，即超过10亿。' },
  'minimax.listing-date': { note: '没有一篇报道给出MiniMax自己的上市日：伯虎财经给出智谱的日期（1月8日），说MiniMax紧随其后，两家相隔不超过两天；1月10日发稿的科创板日报报道两家均已上市。' },
  'minimax.pre-ipo-valuation': { note: '伯虎财经说智谱和MiniMax上市前的估值都在这个水平左右。' },
  'minimax.ipo-proceeds-vs-moonshot-cash': { note: '科创板日报把月之暗面所说的逾100亿元现金储备与两家各自募得的资金相比较，没有给出IPO募资额。' },
  'peers.zhipu.status': { note: '两篇报道都用“上岸”来比喻上市。' },
  'peers.minimax.status': { note: '两篇报道都用“上岸”来比喻上市。' },
  'peers.moonshot.status': { note: '科创板日报说，月之暗面和阶跃星辰“或许”是仍留在基础模型牌桌上的另外两只“小虎”；北京科技报在文末把月之暗面对“智能上限”的追求，列为智谱和MiniMax之外的第三条路。月之暗面表示并不急于上市（科创板日报）。' },
  'peers.stepfun.status': { note: '只有科创板日报提到阶跃星辰的去向，北京科技报完全没有提到它。科创板日报还报道，阶跃星辰拒绝了字节跳动的收购接触。' },
  'peers.moonshot.series-c': { note: '宣布于智谱和MiniMax竞逐“大模型第一股”之际。由IDG领投，老股东阿里巴巴、腾讯和王慧文超额认购。' },
  'peers.moonshot.cash': { note: '出自创始人兼CEO杨植麟的内部信。科创板日报补充说，这比智谱和MiniMax在公开发行中募得的都多，月之暗面也表示并不急于上市。' },
  'peers.moonshot.paid-traffic': { note: '网易号文章没有点出月之暗面的应用（Kimi），也没有给出金额。' },
  'peers.baichuan.funding-2024': { note: '一位百川智能前员工对科创板日报说，在这次宣布之前，公司运转一直很顺。' },
  'peers.baichuan.funding-2024-date': { note: '原文为“2024年中”，没有具体月份。' },
  'peers.baichuan.strategy-wobble-date': { note: '原文为“2024年底”，没有具体月份。由百川智能私有化部署部门的一位前员工向科创板日报讲述。' },
  'peers.baichuan.strategy-wobble-duration': { note: '一位前员工的说法是“大概一个多月”：员工想推进工作，管理层却迟迟没有答复。' },
  'peers.baichuan.layoffs-date': { note: '原文为“2025年初”，在2024年底的停滞之后约一个月，没有具体月份。' },
  'peers.baichuan.remaining-staff': { note: '剩下的团队全部投入医疗AI。' },
  'peers.baichuan.m2-32b': { note: '科创板日报：2025年下半年以来，百川智能很少主动对外发声；除了这款模型，还有清华百川大楼的启用。' },
  'peers.baichuan.runway': { note: '这是一位前员工的看法，不是公司数字：“至少还能撑两到三年”。' },
  'industry.pure-play-threshold': { note: '网易号文章（2025年底）把智谱和MiniMax的收入与OpenAI和Anthropic相比。北京科技报引用中信证券的预测：智谱2025年的收入将使它成为首家年收入超过1亿美元的中国大模型公司。' },
  'industry.first-over-threshold-forecast': { note: '北京科技报引用的中信证券预测认为，2025年达到这一门槛的将是智谱。' },
  'industry.gap-multiple': { note: '原文为“上百倍”，即一百倍上下或更多。网易号文章是把智谱和MiniMax与OpenAI和Anthropic相比。' },
  'industry.deepseek-moment': { note: '科创板日报写作“2025年初”。侃见财经也把DeepSeek的出现视为AI故事一个阶段的终点，但没有给出日期。' },
  'industry.chatgpt-4-release': { note: '按伯虎财经的写法（“ChatGPT-4”，2023年初）。伯虎财经说，随后巨头们的自研模型以及月之暗面、零一万物等创业公司纷纷跟进。' },
  'giants.bytedance.all-in-date': { note: '科创板日报写作“2024年中”，引用云启资本陈昱在播客中的说法；北京科技报只说字节跳动2024年加快了自研模型的步伐。' },
  'giants.bytedance.delay': { note: '合计十五个月。原文写作“一年3个月”，数字核对会把年和月分开读，所以这里保留为文字。' },
  'giants.bytedance.acquisition-attempts': { note: '云启资本陈昱在一档播客中讲述，科创板日报引用。' },
  'giants.bytedance.doubao-launch': { note: '北京科技报给出的年份一致，没有月份：字节跳动在2024年加快自研模型的同时“推出豆包大模型家族”。' },
  'giants.bytedance.doubao-upgrade': { note: '文章紧接“2024年5月”之后给出月份“8月”，这里显示年份。' },
  'giants.bytedance.hardware-2025': { note: '一位接近字节跳动的人士对科创板日报说，公司没有自己做硬件的计划，也没有专门的硬件部门，目的是让用户觉得字节的AI能在任何设备上运行。' },
  'giants.bytedance.doubao-ad-spending': { note: '网易号文章没有给出金额，是把豆包（字节跳动）和元宝（腾讯）放在一起提的。' },
  'giants.alibaba.qwen-open-source': { note: '在此之前，阿里巴巴把模型放进云和企业服务里（“卖底座”）；开源之后，它把竞争引向了开发者和平台（科创板日报）。' },
  'giants.alibaba.rebrand': { note: '科创板日报把这件事放在DeepSeek时刻之后：阿里巴巴意识到仅靠云和企业服务撑不起这场竞争，于是加大了对面向消费者的AI助手的投入。' },
  'giants.alibaba.model-is-product': { note: '林俊旸认为，未来的智能体将承担长时间无人值守的工作，所以训练基础模型本身就是在打造产品。' },
  'giants.tencent.yao-shunyu': { note: '科创板日报说，外界把这次延揽和组织调整解读为腾讯“急了”。没有一篇报道给出延揽的日期；侃见财经称他为腾讯“新任”首席AI科学家。' },
  'giants.tencent.yuanbao-ad-spending': { note: '网易号文章没有给出金额，是把豆包（字节跳动）和元宝（腾讯）放在一起提的。' },
  'global.openai.revenue.2024': { note: s4Years },
  'global.openai.revenue.h1-2025': { note: s4Years },
  'global.openai.revenue.2025': { note: `${s4Years}文章写于年底之前，所以这是对全年的估计。` },
  'global.openai.growth-multiple': { note: '大约每年翻两番；按网易号文章自己的数字，2025年130亿美元对2024年37亿美元，约为3.5倍。' },
  'global.openai.net-loss.h1-2025': { note: '据网易号文章，这是此前外媒披露的数字。' },
  'global.openai.quarterly-loss': { note: '这是有人从微软财报推算出来的，不是OpenAI自己的数字；网易号文章没有说明是哪个季度。' },
  'global.openai.compute-growth': { note: '据网易号文章，这是Sam Altman的说法，他说收入也增长了差不多同样的幅度。“增长了3倍”既可理解为增至3倍，也可理解为增加3倍；本站理解为增至3倍。' },
  'global.openai.brockman-scaling': { note: '据网易号文章，这是总裁Greg Brockman的看法：收入受制于算力。' },
  'global.openai.revenue-target.2027': { note: 'Sam Altman的乐观预期：“千亿美元级别”。' },
  'global.openai.revenue-target-year': { note: '据网易号文章，Sam Altman乐观预期收入在这一年达到千亿美元级别。' },
  'global.openai.rnd-compute.2024': { note: `这是EpochAI的外部估算，不是OpenAI自己的数字。${s4Years}` },
  'global.openai.rnd-compute-basic-research-share.2024': { note: `这是EpochAI的外部估算。${s4Years}` },
  'global.openai.api-tokens-per-day': { note: '网易号文章根据每分钟60亿个token自行推算（60亿×1440分钟）。' },
  'global.openai.api-tokens-vs-zhipu': { note: '网易号文章把每天8.64万亿与智谱的4.2万亿（其招股书数字）相比：“仅为”智谱的两倍。' },
  'global.openai.tpu-shift': { note: '网易号文章对OpenAI和Anthropic都这样说。' },
  'global.anthropic.arr.start-2025': { note: s4Years },
  'global.anthropic.cash-flow-positive': { note: '最早在2027年，比OpenAI定下的2030年目标早三年。' },
  'global.anthropic.compute-margin': { note: `这是Anthropic自己的预测：“约53%”。${s4Years}` },
  'global.anthropic.tpu-shift': { note: '网易号文章对OpenAI和Anthropic都这样说。' },
  'global.manus.arr': { note: `预计超过1亿美元；网易号文章指出，ARR并不是已入账的收入。Manus由中国团队打造。${s4Years}` },
  'global.manus.launch': { note: `文章只说“年初”，没有写明年份。${s4Years}` },
  'global.microsoft.capex.q3-2025': { note: '季度按侃见财经的标法（“2025年第三季度”）；侃见财经没有说明是自然季度还是微软的财季。这笔开支主要用于支撑OpenAI模型和Azure AI的基础设施。' },
  'global.microsoft.capex.9m-2025': { note: '季度按侃见财经的标法；侃见财经没有说明是自然季度还是微软的财季。' },
  'global.amazon.capex.2025': { note: '高于市场一致预期的1175亿美元；亚马逊表示明年的开支还会继续增加。' },
  'global.oracle.debt-funded': { note: '归在“行业”名下，是因为本站的主体分类里没有甲骨文一项。' },
  'fx.usd-rmb': {
    note: `${rmbAssumed}我们选了一个接近各家媒体自行换算时隐含汇率的整数：伯虎财经把350万美元换算成2464.4万元，约合每美元7.04元；网易号文章把3.12亿元换算成约4500万美元，约合每美元6.93元。凡用这一汇率算出的数字都是近似值。`,
  },
  'fx.usd-hkd': {
    note: `${rmbAssumed}也没有一篇报道在美元和港元之间换算。我们采用7.8，这是港元兑美元联系汇率区间中点的整数，也与各家媒体自行换算时隐含的人民币汇率相符（伯虎财经约每美元7.04元，网易号文章约6.93元）。凡用这一汇率算出的数字都是近似值。`,
  },
  'fx.hkd-rmb': {
    note: `${rmbAssumed}我们选了一个接近各家媒体自行换算时隐含汇率的整数（伯虎财经把350万美元换算成2464.4万元，约合每美元7.04元；网易号文章把3.12亿元换算成约4500万美元，约合每美元6.93元），再结合约每美元7.8港元：大约每港元0.9元人民币。凡用这一汇率算出的数字都是近似值。`,
  },
};

/** The short notes beside other readings, keyed by their English wording (many facts share one). */
export const readingNotesZh: Readonly<Record<string, string>> = {
  rounded: '四舍五入',
  'rounded to one decimal of 億': '以亿为单位，保留一位小数',
  'current, “about 50%”': '指当前，“约50%”',
  'rounded; S4 names no period': '四舍五入；网易号文章未注明时期',
  'differs in the last digit': '末位数字不同',
  'a range, said of both Zhipu and MiniMax': '一个区间，就智谱和MiniMax两家而言',
  'undated: as of writing (Bohu Finance) or at the latest close (Kanjian Finance)': '未注明日期：截至发稿（伯虎财经）或按最新收盘价（侃见财经）',
  'S3, citing unnamed "related materials", dates the founding to November 2021, when Yan Junjie left SenseTime.':
    '侃见财经引用未具名的“相关资料”，把成立时间定在2021年11月，即闫俊杰离开商汤之时。',
  'S1 puts his departure from the SenseTime vice-president post in 2022, the year it gives for the founding.': '伯虎财经把他辞去商汤副总裁的时间放在2022年，即它所说的创立之年。',
  'rounded to USD 0.1 million': '取整到10万美元',
  'hedged ("about") and one digit lower in the last place': '加了“约”字，末位小一',
  "S3's own conversion at a different exchange rate": '侃见财经按另一汇率自行换算',
  "S1's own conversion, rounded": '伯虎财经自行换算并取整',
  'computed by us from the rounded revenues in the same article': '本站用同一篇文章中取整后的收入算出',
  'a looser lower bound': '较宽的下限',
  'a looser lower bound ("more than seven tenths")': '较宽的下限（“超七成”）',
  '"nearly three quarters"; S4 does not name the period ("目前")': '“近四分之三”；网易号文章未注明时期（“目前”）',
  "read as the article words it: the same period as Zhipu's, 2022 to mid-2025": '按文章字面理解：与智谱同期，即2022年至2025年年中',
  'a range, stated for 2024 and for Zhipu and MiniMax together': '一个区间，指2024年，就智谱和MiniMax两家而言',
  'a lower bound ("more than 109%")': '下限（“超109%”）',
  'rounded, "as of writing"': '四舍五入，“截至发稿”',
  'a lower bound on the first trading day': '上市首日的下限',
  'S1 gives the same number under another name: "China\'s six little AI dragons" (中國AI六小龍) instead of "six large-model tigers" (大模型六小虎).':
    '伯虎财经给出的家数相同，叫法不同：“中国AI六小龙”，而非“大模型六小虎”。',
  'S2 groups 01.AI with Baichuan as having turned to vertical fields "such as medical AI".': '北京科技报把零一万物与百川智能归为一类，称两家都转向了“如医疗AI”等垂直领域。',
  'S2 puts low prices and internal traffic in the same 2024 sentence as the Doubao launch.': '北京科技报把低价和内部流量与2024年推出豆包写在同一句里。',
  'read as revenue earned over the whole of 2025 ("全年")': '理解为2025年全年取得的收入（“全年”）',
  'read as revenue earned over the whole of 2026': '理解为2026年全年取得的收入',
};
