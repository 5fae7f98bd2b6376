/**
 * Passages the "to-b-versus-to-c" chapter cites with <Cite p="…" />. See src/components/Cite.astro.
 * Claims, judgements and rankings about each business model, tokens, margins and risks.
 * Quotes were copied from seeds/*.txt by program, conversion artefacts and all.
 */
import { S1, S2, S3, S4 } from '../facts/shorthands';
import { definePassages } from './types';

export const toBVersusToCPassages = definePassages([
  {
    id: 's3.tob-and-toc',
    seed: S3,
    quote: '實際上,這也是兩種路線的分歧與驗證。智譜則代表了toB的商業(yè)模式,而MiniMax則代表了toC的商業(yè)模式。',
    gloss: {
      en: 'The two listings test two diverging roads: Zhipu stands for the to-business (toB) model, MiniMax for the to-consumer (toC) model.',
      'zh-hans': '两家上市是两种路线的分歧与验证：智谱代表toB商业模式，MiniMax代表toC商业模式。',
    },
  },
  {
    id: 's2.founding-genes',
    seed: S2,
    quote: '智譜與MiniMax的商業模式分野,并非一朝一夕的市場選擇,而是其“創始基因”在商業戰場上的必然投射。',
    gloss: {
      en: 'The split between Zhipu’s and MiniMax’s business models was not a market choice made overnight but the working-out of each company’s founding “genes”.',
      'zh-hans': '智谱与MiniMax的商业模式分野并非一朝一夕的市场选择，而是各自“创始基因”的必然投射。',
    },
  },
  {
    id: 's3.yao-consumer-business-divide',
    seed: S3,
    quote: '騰訊新任首席AI科學家姚順雨則認為,隨著技術重點轉向Agent,商業(yè)化路徑也出現(xiàn)了明顯分化。他表示,toC與toB的邏輯將漸行漸遠。在toC市場,用戶體驗的提升并不必然帶來留存提升;但在toB市場,企業(yè)最恐懼的不是慢,而是“錯且不可控”。',
    gloss: {
      en: 'Yao Shunyu, Tencent’s new chief AI scientist, believes that as the focus shifts to agents, consumer and business logic will drift apart: for consumers a better experience does not necessarily bring retention, while what companies fear most is not slowness but mistakes they cannot control.',
      'zh-hans': '腾讯新任首席AI科学家姚顺雨认为，随着技术重点转向Agent，toC与toB的逻辑将渐行渐远：toC市场体验提升不必然带来留存，toB市场企业最怕的不是慢，而是“错且不可控”。',
    },
  },
  {
    id: 's1.maas-two-forms',
    seed: S1,
    quote: '公司主要通過MaaS(模型即服務(wù))平臺提供本地化部署和云端API服務(wù)。',
    gloss: {
      en: 'Zhipu mainly sells on-premise deployment and cloud API services through its MaaS (model as a service) platform.',
      'zh-hans': '智谱主要通过MaaS（模型即服务）平台提供本地化部署和云端API服务。',
    },
  },
  {
    id: 's4.arr-is-not-revenue',
    seed: S4,
    quote: '當然,ARR并不意味著實際營收,而且,即使能夠全部兌現(xiàn),它與當期的實際營收之間也天然存在時間差。',
    gloss: {
      en: 'Annualized recurring revenue (ARR) is not actual revenue, and even if fully realized it lags the revenue actually booked in the period.',
      'zh-hans': 'ARR并不等于实际营收，即便全部兑现，与当期实际营收之间也天然存在时间差。',
    },
  },
  {
    id: 's4.clients-may-build-own',
    seed: S4,
    quote: '而且,它的主要客戶包括互聯(lián)網(wǎng)企業(yè),很有可能隨著開源模型性能持續(xù)提升,以及微調(diào)與部署工具持續(xù)降低門檻,逐步轉(zhuǎn)向垂直自研。',
    gloss: {
      en: 'Zhipu’s main customers include internet companies, which may gradually turn to building their own models as open-source models improve and fine-tuning and deployment tools get easier.',
      'zh-hans': '智谱的主要客户包括互联网企业，随着开源模型性能提升、微调与部署工具门槛降低，它们可能逐步转向垂直自研。',
    },
  },
  {
    id: 's4.like-the-saas-era',
    seed: S4,
    quote: '但是同時,這又有點類似于中國在SaaS時代所經(jīng)歷的,擴展難度要大得多。',
    gloss: {
      en: 'On-premise work is somewhat like what China went through in its software-as-a-service (SaaS) era: it is much harder to scale.',
      'zh-hans': '本地化部署有点类似中国在SaaS时代所经历的，扩展难度要大得多。',
    },
  },
  {
    id: 's1.onprem-burdens',
    seed: S1,
    quote: '但硬幣的另一面,以本地化部署業(yè)務(wù)為主的商業(yè)模式,也帶來了交付周期長、定制化需求高、客戶集中度高、規(guī);y度大等挑戰(zhàn),難以支撐長期可持續(xù)增長。',
    gloss: {
      en: 'A business built mainly on on-premise deployment brings long delivery cycles, heavy customization, concentrated customers and difficulty scaling, and struggles to sustain long-term growth.',
      'zh-hans': '以本地化部署为主的商业模式带来交付周期长、定制化需求高、客户集中度高、规模化难度大等挑战，难以支撑长期可持续增长。',
    },
  },
  {
    id: 's2.operating-system-not-apps',
    seed: S2,
    quote: '智譜本質上是在構建“AI時代的操作系統”——不直接下場與C端應用爭利,而是通過覆蓋“云-邊-端”的算力適配體系,成為賦能千行百業的基礎設施。',
    gloss: {
      en: 'Zhipu is in essence building an “operating system for the AI era”: it does not compete directly with consumer apps for profit, but aims to be infrastructure for every industry.',
      'zh-hans': '智谱本质上是在构建“AI时代的操作系统”，不直接下场与C端应用争利，而是成为赋能千行百业的基础设施。',
    },
  },
  {
    id: 's4.consumer-core',
    seed: S4,
    quote: '其中,基于視頻生成(海螺AI)的訂閱收入,以及基于虛擬社交應用(Talkie╱星野)的營銷收入,迅速增長為公司核心業(yè)務。',
    gloss: {
      en: 'Subscription income from video generation (Hailuo AI) and marketing income from the virtual-social app Talkie/Xingye quickly grew into MiniMax’s core business.',
      'zh-hans': '基于视频生成（海螺AI）的订阅收入和基于虚拟社交应用（Talkie/星野）的营销收入，迅速成长为MiniMax的核心业务。',
    },
  },
  {
    id: 's1.ads-subscriptions-purchases',
    seed: S1,
    quote: '主要采取“廣告+訂閱+內(nèi)購”的變現(xiàn)模式。',
    gloss: {
      en: 'MiniMax mainly makes money from advertising, subscriptions and in-app purchases.',
      'zh-hans': 'MiniMax主要采取“广告+订阅+内购”的变现模式。',
    },
  },
  {
    id: 's4.top-supplier-abroad',
    seed: S4,
    quote: '它的第一大供應商也由阿里轉(zhuǎn)向了在新加坡?lián)碛兴懔Φ膰H云廠商。',
    gloss: {
      en: 'MiniMax’s largest supplier has shifted from Alibaba to an international cloud provider with computing power in Singapore.',
      'zh-hans': 'MiniMax的第一大供应商由阿里转向在新加坡拥有算力的国际云厂商。',
    },
  },
  {
    id: 's2.token-yardstick',
    seed: S2,
    quote: 'Tokens作為AI服務的底層計價單位,串聯起算力成本、API調用收入與用戶需求,成為衡量企業價值的新標尺。',
    gloss: {
      en: 'Tokens, the basic unit in which AI services are priced, tie together compute costs, API revenue and user demand, and have become a new yardstick of a company’s value.',
      'zh-hans': 'token作为AI服务的底层计价单位，串联起算力成本、API调用收入与用户需求，成为衡量企业价值的新标尺。',
    },
  },
  {
    id: 's4.m2-on-openrouter',
    seed: S4,
    quote: '而它的開源模型MiniMax-M2,發(fā)布首周在全球最大聚合平臺OpenRouter上的日均token消耗就躍居全球前三,并成為首個日均token消耗突破500億的中國本土模型。',
    gloss: {
      en: 'In its first week after release, MiniMax’s open-source model MiniMax-M2 rose into the global top three by daily tokens on OpenRouter, the world’s largest aggregation platform, and became the first Chinese model to pass 50 billion tokens a day there.',
      'zh-hans': 'MiniMax开源模型MiniMax-M2发布首周，在全球最大聚合平台OpenRouter上的日均token消耗跃居全球前三，并成为首个日均token消耗突破500亿的中国本土模型。',
    },
  },
  {
    id: 's4.money-went-to-neoclouds',
    seed: S4,
    quote: '這些錢基本上都被其他新云廠商賺去了。',
    gloss: {
      en: 'That money was mostly earned by other new cloud providers.',
      'zh-hans': '这些钱基本上都被其他新云厂商赚去了。',
    },
  },
  {
    id: 's4.cheap-tokens-commodity',
    seed: S4,
    quote: '而且,中國推理市場更低的單位token價格,能推動普惠與應用創(chuàng)新,但也加速了大模型的“商品化”。',
    gloss: {
      en: 'Lower prices per token in China’s inference market spread access and spur new applications, but also speed the commoditization of large models.',
      'zh-hans': '中国推理市场更低的单位token价格能推动普惠与应用创新，但也加速了大模型的“商品化”。',
    },
  },
  {
    id: 's4.zhipu-margin-split',
    seed: S4,
    quote: '智譜的整體毛利率約為50%,其中,API調(diào)用在0%之間搖擺,私有化部署則維持在60%左右。',
    gloss: {
      en: 'Zhipu’s overall gross margin is about 50%: API calls swing around 0%, while private deployment holds at about 60%.',
      'zh-hans': '智谱整体毛利率约50%，其中API调用在0%附近摇摆，私有化部署维持在60%左右。',
    },
  },
  {
    id: 's4.minimax-margin-split',
    seed: S4,
    quote: '目前,MiniMax的整體毛利率約為23.3%,其中,API調(diào)用的毛利率接近70%,AI原生產(chǎn)品的約為4.7%。',
    gloss: {
      en: 'MiniMax’s overall gross margin is about 23.3%: API calls earn nearly 70%, AI-native products about 4.7%.',
      'zh-hans': 'MiniMax整体毛利率约23.3%，其中API调用毛利率接近70%，AI原生产品约4.7%。',
    },
  },
  {
    id: 's4.ai-native-margin-not-positive',
    seed: S4,
    quote: '在很長一段時間內(nèi),MiniMax的AI原生產(chǎn)品的毛利率未能轉(zhuǎn)正。',
    gloss: {
      en: 'For a long time the gross margin of MiniMax’s AI-native products failed to turn positive.',
      'zh-hans': '很长一段时间内，MiniMax的AI原生产品毛利率未能转正。',
    },
  },
  {
    id: 's4.infrastructure-savings',
    seed: S4,
    quote: 'MiniMax在招股書中分析稱,算力成本的下降與運營效率的提升,得益于專注自研AI基礎架構(gòu)與跨集群的負載均衡等創(chuàng)新。',
    gloss: {
      en: 'In its prospectus MiniMax attributes lower compute costs and better efficiency to its own AI infrastructure and to load balancing across clusters.',
      'zh-hans': 'MiniMax在招股书中称，算力成本下降与运营效率提升得益于自研AI基础架构与跨集群负载均衡等创新。',
    },
  },
  {
    id: 's4.prospectus-risks',
    seed: S4,
    quote: '不過,Talkie一度被蘋果下架,海螺AI面臨與好萊塢三巨頭的未決訴訟,也是MiniMax在招股書里濃墨重彩“解釋”的內(nèi)容。',
    gloss: {
      en: 'Talkie was once removed by Apple, and Hailuo AI faces a pending lawsuit with three Hollywood giants; MiniMax’s prospectus spends much ink “explaining” both.',
      'zh-hans': 'Talkie曾被苹果下架，海螺AI面临与好莱坞三巨头的未决诉讼，MiniMax在招股书中对此浓墨重彩地“解释”。',
    },
  },
  {
    id: 's1.overseas-regulatory-risk',
    seed: S1,
    quote: '對于MiniMax來說,如何突破用戶增長的天花板,不斷提升用戶的付費意愿,以及應(yīng)對海外市場的監(jiān)管風(fēng)險,將會成為驗證其“以產(chǎn)品打天下”模式能否跑通的關(guān)鍵。',
    gloss: {
      en: 'For MiniMax, breaking through the ceiling on user growth, getting users to pay more and handling regulatory risk in overseas markets will decide whether its product-first model works.',
      'zh-hans': '对MiniMax而言，突破用户增长天花板、提升付费意愿、应对海外市场监管风险，将决定其“以产品打天下”模式能否跑通。',
    },
  },
  {
    id: 's4.loyalty-is-hard',
    seed: S4,
    quote: '而且,保持用戶黏性并不容易,OpenAI的Sora獨立應用目前難言成功。',
    gloss: {
      en: 'Keeping users loyal is not easy: OpenAI’s standalone Sora app can hardly be called a success so far.',
      'zh-hans': '保持用户黏性并不容易，OpenAI的Sora独立应用目前难言成功。',
    },
  },
]);
