/**
 * The Chinese internet giants' entry into large models: ByteDance, Alibaba and Tencent.
 * Dates are date facts; strategies and moves with no number are text facts.
 */
import { defineFacts } from './define';
import { S2, S3, S4, S5, DATE, TEXT } from './shorthands';

export const giantFacts = defineFacts([
  // ---------------------------------------------------------------- ByteDance (字节跳动)
  {
    id: 'giants.bytedance.all-in-date',
    subject: 'bytedance',
    metric: 'Decided to go all in on its own large models',
    metricZh: '正式决定全力自研大模型',
    period: 'mid-2024',
    unit: DATE,
    value: '2024',
    sources: [
      { seed: S5, quote: '字節(jié)是直到2024年中才正式?jīng)Q定全力自研大模型' },
      { seed: S2, quote: '字節在2024年加速推進自研落地' },
    ],
    note: 'S5 says "mid-2024" (2024年中), citing Chen Yu of Cloud Capital (云启资本) on a podcast; S2 says only that ByteDance sped up its own models in 2024.',
  },
  {
    id: 'giants.bytedance.delay',
    subject: 'bytedance',
    metric: 'How much later than the start-up founding window',
    metricZh: '比大模型创业窗口期晚',
    period: 'mid-2024',
    unit: TEXT,
    value: 'a year and three months later than the window in which the model start-ups were founded',
    valueZh: '比大模型创业企业争相成立的窗口期晚了一年3个月',
    sources: [
      {
        seed: S5,
        quote: '這個時間比大模型創(chuàng)業(yè)企業(yè)爭相成立的窗口期,足足晚了一年3個月',
      },
    ],
    note: 'Fifteen months in all. Kept as text because the seed writes it as "一年3個月"; the number check reads years and months separately.',
  },
  {
    id: 'giants.bytedance.acquisition-attempts',
    subject: 'bytedance',
    metric: 'Acquisition approaches before building its own models',
    metricZh: '自研前的收购尝试',
    period: 'before mid-2024',
    unit: TEXT,
    value: 'Tried to buy MiniMax and StepFun; both said no',
    valueZh: '曾向MiniMax和阶跃抛出收购橄榄枝，均被拒绝',
    sources: [{ seed: S5, quote: '字節(jié)曾對MiniMax、階躍都曾拋出過收購的橄欖枝,但都被后者拒絕了' }],
    note: 'Reported by Chen Yu of Cloud Capital on a podcast, as quoted by S5.',
  },
  {
    id: 'giants.bytedance.doubao-launch',
    subject: 'bytedance',
    metric: 'Doubao model family first released',
    metricZh: '首次发布豆包大模型家族',
    period: 'May 2024',
    unit: DATE,
    value: '2024-05',
    sources: [{ seed: S5, quote: '在2024年5月首次發(fā)布“豆包大模型”家族' }],
    note: 'S2 agrees on the year without a month: ByteDance "launched the Doubao model family" as it sped up its own models in 2024.',
  },
  {
    id: 'giants.bytedance.doubao-upgrade',
    subject: 'bytedance',
    metric: 'Doubao upgraded with image-to-image and other multimodal abilities',
    metricZh: '豆包升级图生图等多模态能力',
    period: 'August 2024',
    unit: DATE,
    value: '2024',
    sources: [
      {
        seed: S5,
        quote: '在2024年5月首次發(fā)布“豆包大模型”家族;8月升級了圖生圖等多模態(tài)生成和理解能力',
      },
    ],
    note: 'The article gives the month, August ("8月"), straight after "2024年5月"; the figure shows the year.',
  },
  {
    id: 'giants.bytedance.low-price-push',
    subject: 'bytedance',
    metric: 'Low prices to win business customers',
    metricZh: '以低价策略抢占B端市场',
    period: '2025',
    unit: DATE,
    value: '2025',
    sources: [
      {
        seed: S5,
        quote:
          '進(jìn)入2025年,字節(jié)豆包模型能力再度躍遷,其打法也開始顯著轉(zhuǎn)向進(jìn)攻型。這不僅體現(xiàn)在對AI對話應(yīng)用本身的持續(xù)升級,以及通過內(nèi)部流量打通迅速推高月活等動作上,還包括以低價策略搶占B端市場',
      },
    ],
    alternatives: [
      {
        value: '2024',
        sources: [{ seed: S2, quote: '字節在2024年加速推進自研落地,推出豆包大模型家族,并通過內部流量打通、低價策略搶占市場' }],
        note: 'S2 puts low prices and internal traffic in the same 2024 sentence as the Doubao launch.',
      },
    ],
    disagreementNote:
      'S5 dates ByteDance\'s turn to attack (internal traffic, low prices for business customers, hardware) to 2025; S2 mentions internal traffic and low prices in its 2024 sentence about the Doubao launch. S2\'s sentence may only summarise, so we prefer S5, which sets out the sequence year by year.',
  },
  {
    id: 'giants.bytedance.hardware-2025',
    subject: 'bytedance',
    metric: 'Hardware moves',
    metricZh: '硬件动作',
    period: '2025',
    unit: TEXT,
    value: 'Nubia AI phone with ZTE; AI glasses planned; denied car-making rumours',
    valueZh: '与中兴合作推出努比亚AI手机；计划推出AI眼镜；辟谣造车传闻',
    sources: [
      { seed: S5, quote: '先是與中興合作推出的努比亞AI手機(jī),在互聯(lián)網(wǎng)大廠和手機(jī)廠商中引發(fā)強(qiáng)烈反應(yīng)' },
      { seed: S5, quote: '隨后,字節(jié)計劃推出AI眼鏡的消息再度發(fā)酵' },
      { seed: S5, quote: '字節(jié)方面隨后辟謠稱并無造車計劃' },
    ],
    note: 'A person close to ByteDance told S5 it has no plan to make hardware itself and no dedicated hardware department; the aim is to make users see ByteDance\'s AI as able to run on any device.',
  },
  {
    id: 'giants.bytedance.doubao-ad-spending',
    subject: 'bytedance',
    metric: 'Ad spending on Doubao',
    metricZh: '豆包投放',
    period: '2025',
    unit: TEXT,
    value: 'Doubao is buying up expensive ad placements start-ups cannot match',
    valueZh: '豆包大幅挤占昂贵的曝光位，初创企业难以匹敌',
    sources: [{ seed: S4, quote: '豆包、元寶等都在大幅擠占昂貴的曝光位,初創(chuàng)企業(yè)很難與之匹敵' }],
    note: 'S4 gives no amount. It names Doubao (ByteDance) and Yuanbao (Tencent) together.',
  },

  // ---------------------------------------------------------------- Alibaba (阿里巴巴)
  {
    id: 'giants.alibaba.qwen-open-source',
    subject: 'alibaba',
    metric: 'Qwen models iterated and fully open-sourced',
    metricZh: 'Qwen系列持续迭代并全面开源',
    period: '2024',
    unit: DATE,
    value: '2024',
    sources: [{ seed: S5, quote: '直到2024年,隨著Qwen系列模型持續(xù)迭代、并選擇全面開源' }],
    note: 'Until then Alibaba put its models into cloud and enterprise services ("selling the base"); with open-sourcing it moved the contest to developers and the platform (S5).',
  },
  {
    id: 'giants.alibaba.rebrand',
    subject: 'alibaba',
    metric: 'Consumer brand unified from Tongyi to Qianwen',
    metricZh: '“通义”向“千问”统一品牌演进',
    period: 'after the DeepSeek moment (2025)',
    unit: TEXT,
    value: 'Tongyi (通義) brand unified under Qianwen (千問), with a faster consumer push',
    valueZh: '推动“通义”向“千问”统一品牌演进，加快C端布局',
    sources: [
      { seed: S2, quote: '阿里則推動“通義”向“千問”統一品牌演進,加快C端布局' },
      { seed: S5, quote: '推動“通義”向“千問”統(tǒng)一品牌演進(jìn)' },
    ],
    note: 'S5 places it after the DeepSeek moment, when Alibaba saw that cloud and business services alone could not cover the contest and put more into consumer AI assistants.',
  },
  {
    id: 'giants.alibaba.model-is-product',
    subject: 'alibaba',
    metric: 'Qwen lead Lin Junyang\'s view',
    metricZh: 'Qwen负责人林俊旸的观点',
    period: 'AGI-Next summit, shortly before S3',
    unit: TEXT,
    value: '"The model is the product"',
    valueZh: '“模型即产品”',
    sources: [{ seed: S3, quote: '阿里Qwen負責人林俊旸提出了一個明確的觀點:“模型即產(chǎn)品”' }],
    note: 'Lin argued that future agents will take on long unattended work, so training a base model already builds a product.',
  },

  // ---------------------------------------------------------------- Tencent (腾讯)
  {
    id: 'giants.tencent.strategy',
    subject: 'tencent',
    metric: 'Large-model strategy',
    metricZh: '大模型策略',
    period: '2025',
    unit: TEXT,
    value: 'Late mover: absorbs mature models under its control and builds them into its products',
    valueZh: '后发制人：在保证可控性的前提下快速吸收成熟模型能力，嵌入自身产品',
    sources: [
      { seed: S2, quote: '騰訊則采取“后發制人”策略,在保證可控性的前提下快速吸收成熟模型能力,嵌入自身產品生態' },
      { seed: S5, quote: '在保證可控性的前提下,快速吸收成熟模型能力,并嵌入到自身的成熟產(chǎn)品中' },
    ],
  },
  {
    id: 'giants.tencent.yao-shunyu',
    subject: 'tencent',
    metric: 'Hired Yao Shunyu as chief AI scientist',
    metricZh: '高薪聘请姚顺雨任首席AI科学家',
    period: 'late 2025',
    unit: TEXT,
    value: 'Hired former OpenAI researcher Yao Shunyu at a high salary, now chief AI scientist, and reorganised',
    valueZh: '高薪挖来OpenAI前研究员姚顺雨任首席AI科学家，并大幅调整组织架构',
    sources: [
      { seed: S5, quote: '高薪挖掘OpenAI前研究員姚順雨,并進(jìn)行了大刀闊斧的組織架構(gòu)調(diào)整' },
      { seed: S3, quote: '騰訊新任首席AI科學家姚順雨' },
    ],
    note: 'S5 says outsiders read the hire and the reorganisation as a sign Tencent was "in a hurry". No seed dates the hire; S3 calls him Tencent\'s "new" chief AI scientist.',
  },
  {
    id: 'giants.tencent.yao-shunyu-views',
    subject: 'tencent',
    metric: 'Yao Shunyu\'s views',
    metricZh: '姚顺雨的观点',
    period: 'AGI-Next summit, shortly before S3',
    unit: TEXT,
    value: 'Consumer and business AI will drift apart; China matches the US except in frontier research',
    valueZh: 'toC与toB的逻辑将渐行渐远；中国仅在前沿范式探索上仍需追赶美国',
    sources: [
      { seed: S3, quote: '他表示,toC與toB的邏輯將漸行漸遠' },
      {
        seed: S3,
        quote: '中國已經(jīng)具備比肩甚至超越美國的能力,唯獨在前沿范式的探索上,還需要更多有創(chuàng)業(yè)精神和冒險精神的人',
      },
    ],
  },
  {
    id: 'giants.tencent.yuanbao-ad-spending',
    subject: 'tencent',
    metric: 'Ad spending on Yuanbao',
    metricZh: '元宝投放',
    period: '2025',
    unit: TEXT,
    value: 'Yuanbao is buying up expensive ad placements start-ups cannot match',
    valueZh: '元宝大幅挤占昂贵的曝光位，初创企业难以匹敌',
    sources: [{ seed: S4, quote: '豆包、元寶等都在大幅擠占昂貴的曝光位,初創(chuàng)企業(yè)很難與之匹敵' }],
    note: 'S4 gives no amount. It names Doubao (ByteDance) and Yuanbao (Tencent) together.',
  },
]);
