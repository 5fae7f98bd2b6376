/**
 * Passages the "origins" chapter cites with <Cite p="…" />. See src/components/Cite.astro.
 * Claims, judgements and rankings about the founders, the backers and the fork after ChatGPT.
 * Quotes were copied from seeds/*.txt by program, conversion artefacts and all.
 */
import { S1, S2, S3 } from '../facts/shorthands';
import { definePassages } from './types';

export const originsPassages = definePassages([
  {
    id: 's1.minimax-follows-zhipu',
    seed: S1,
    quote: '1月8日,全球大模型第一股智譜正式登陸港交所,另一家大模型獨角獸MiniMax緊隨其后掛牌',
    gloss: {
      en: 'On 8 January Zhipu listed on the Hong Kong exchange, and MiniMax, another large-model unicorn, listed close behind it.',
      'zh-hans': '1月8日智谱登陆港交所，另一家大模型独角兽MiniMax紧随其后挂牌。',
    },
  },
  {
    id: 's1.same-spotlight',
    seed: S1,
    quote: '然而,兩者幾乎在同一時間向資本市場發(fā)起沖擊,又不可避免地被置于同一聚光燈下',
    gloss: {
      en: 'Yet the two went to the capital markets at almost the same moment, and so inevitably stood under the same spotlight.',
      'zh-hans': '两家几乎同时冲击资本市场，不可避免地被置于同一聚光灯下。',
    },
  },
  {
    id: 's1.agi-believers',
    seed: S1,
    quote: '作為兩家誕生于ChatGPT爆發(fā)前的AI企業(yè),智譜AI CEO張鵬和MiniMax創(chuàng)始人閆俊杰,他們都是堅定的AGI(通用人工智能)信徒。',
    gloss: {
      en: 'Both companies were born before ChatGPT took off, and both founders, Zhang Peng of Zhipu and Yan Junjie of MiniMax, are firm believers in artificial general intelligence (AGI).',
      'zh-hans': '两家公司都诞生于ChatGPT爆发之前，创始人张鹏和闫俊杰都是坚定的AGI（通用人工智能）信徒。',
    },
  },
  {
    id: 's1.lonely-faith',
    seed: S1,
    quote: '但黎明前的黑暗總是漫長,要在無人知曉時堅定信念,他們也經(jīng)歷了更多的“孤獨時刻”。',
    gloss: {
      en: 'The dark before dawn is long: holding on to the belief while nobody knew of them meant many lonely moments.',
      'zh-hans': '黎明前的黑暗总是漫长，要在无人知晓时坚守信念，他们经历了更多“孤独时刻”。',
    },
  },
  {
    id: 's1.zhang-keg-roots',
    seed: S1,
    quote: '張鵬扎根于清華大學(xué)計算機系知識工程實驗室(KEG)',
    gloss: {
      en: 'Zhang Peng put down roots in the Knowledge Engineering lab (KEG) of Tsinghua University’s computer science department.',
      'zh-hans': '张鹏扎根于清华大学计算机系知识工程实验室（KEG）。',
    },
  },
  {
    id: 's1.yan-tsinghua-postdoc',
    seed: S1,
    quote: '巧合的是,閆俊杰也在清華大學(xué)計算機系進行博士后研究。',
    gloss: {
      en: 'By coincidence, Yan Junjie also did postdoctoral research in Tsinghua University’s computer science department.',
      'zh-hans': '巧合的是，闫俊杰也在清华大学计算机系做过博士后研究。',
    },
  },
  {
    id: 's1.metaverse-year',
    seed: S1,
    quote: '時間的指針來到2021年,彼時人工智能還是一個在角落里沉寂的賽道,最火的創(chuàng)業(yè)賽道還是連Facebook都要為之更改企業(yè)名稱的元宇宙。',
    gloss: {
      en: 'In 2021 AI was still a quiet corner of the start-up world; the hottest field was the metaverse, for which even Facebook changed its name.',
      'zh-hans': '2021年，人工智能仍是角落里沉寂的赛道，最火的创业赛道是连Facebook都为之更名的元宇宙。',
    },
  },
  {
    id: 's1.lab-to-business',
    seed: S1,
    quote: '但在同一年,智譜已經(jīng)拿下億元A輪融資,正式從“科研實驗室”向“大模型商業(yè)化賽道”轉(zhuǎn)身',
    gloss: {
      en: 'That same year Zhipu closed a Series A round worth hundreds of millions of yuan and turned from a research lab toward selling large models.',
      'zh-hans': '同年智谱拿下亿元A轮融资，正式从“科研实验室”转向“大模型商业化赛道”。',
    },
  },
  {
    id: 's1.early-hundred-billion-model',
    seed: S1,
    quote: '2022年8月研發(fā)出中國最早的千億大模型之一',
    gloss: {
      en: 'In August 2022 Zhipu developed one of China’s earliest models with a hundred billion parameters.',
      'zh-hans': '2022年8月，智谱研发出中国最早的千亿参数大模型之一。',
    },
  },
  {
    id: 's1.glm-own-path',
    seed: S1,
    quote: '智譜選擇了自研不同于OpenAI GPT架構(gòu)的GLM(通用語言模型)路徑。張鵬曾表示,國產(chǎn)大模型要實現(xiàn)自己的創(chuàng)新,不能照搬世界頂尖水平的技術(shù)路徑。',
    gloss: {
      en: 'Zhipu chose to build its own GLM (General Language Model) architecture rather than OpenAI’s GPT; Zhang Peng has said Chinese models cannot innovate by copying the path of the world’s leading labs.',
      'zh-hans': '智谱选择自研有别于OpenAI GPT架构的GLM（通用语言模型）路线；张鹏曾表示，国产大模型要创新，不能照搬世界顶尖水平的技术路径。',
    },
  },
  {
    id: 's1.glm-efficiency',
    seed: S1,
    quote: '張鵬表示,理論上GLM的訓(xùn)練效率會比GPT更高。',
    gloss: {
      en: 'Zhang Peng has said that in theory GLM trains more efficiently than GPT.',
      'zh-hans': '张鹏表示，理论上GLM的训练效率比GPT更高。',
    },
  },
  {
    id: 's1.full-stack-trust',
    seed: S1,
    quote: '此外,智譜堅持全棧自主可控的技術(shù)路線,也幫助智譜在政企市場贏得了獨特的信任優(yōu)勢。',
    gloss: {
      en: 'Zhipu’s insistence on a full technology stack under its own control has also won it a distinctive trust in the government and state-enterprise market.',
      'zh-hans': '智谱坚持全栈自主可控的技术路线，在政企市场赢得了独特的信任优势。',
    },
  },
  {
    id: 's1.zhang-idealism',
    seed: S1,
    quote: '張鵬的創(chuàng)業(yè)理念有著更濃烈的“理想主義”色彩。他坦言,成立智譜的初衷并非單純追求盈利,而是在產(chǎn)業(yè)中推進工作,更符合當(dāng)前人工智能發(fā)展的需求。',
    gloss: {
      en: 'Zhang Peng’s founding ideas are more idealistic: he says he did not set up Zhipu simply to make a profit, but to advance the work inside industry, which better suited what AI needed.',
      'zh-hans': '张鹏的创业理念更具“理想主义”色彩：成立智谱的初衷并非单纯追求盈利，而是在产业中推进工作，更符合人工智能发展的需求。',
    },
  },
  {
    id: 's1.yan-career',
    seed: S1,
    quote: '他在博士期間曾是百度AI研究院的實習(xí)生,后來加入了商湯科技,從實習(xí)生一路升至集團副總裁,曾主導(dǎo)深度學(xué)習(xí)工具鏈及通用智能技術(shù)體系搭建。',
    gloss: {
      en: 'During his PhD Yan Junjie interned at Baidu’s AI research institute; he then joined SenseTime, rose from intern to group vice-president and led the building of its deep-learning toolchain and general-intelligence technology.',
      'zh-hans': '闫俊杰读博期间曾在百度AI研究院实习，后加入商汤科技，从实习生升至集团副总裁，主导深度学习工具链及通用智能技术体系搭建。',
    },
  },
  {
    id: 's1.yan-mission',
    seed: S1,
    quote: '2022年,帶著“要讓普通人感受到AI帶來改變”的使命,閆俊杰離開了商湯科技副總裁的位置,并創(chuàng)立了MiniMax,奔著AGI的目標(biāo)前進。',
    gloss: {
      en: 'In 2022, with the mission of letting ordinary people feel the change AI brings, Yan Junjie left his post as a SenseTime vice-president and founded MiniMax, aiming for AGI.',
      'zh-hans': '2022年，闫俊杰带着“让普通人感受到AI带来改变”的使命，离开商汤副总裁之位，创立MiniMax。',
    },
  },
  {
    id: 's1.yan-general-ai',
    seed: S1,
    quote: '閆俊杰認為,只做特定任務(wù)的AI已觸及商業(yè)化天花板,而通用人工智能無需定制,也能形成標(biāo)準化產(chǎn)品并服務(wù)海量用戶,這才是創(chuàng)造規(guī)模化價值的終極方向。',
    gloss: {
      en: 'Yan Junjie believes AI built for specific tasks has hit a commercial ceiling, while general AI needs no customization, can become a standard product serving huge numbers of users, and is where value at scale will come from.',
      'zh-hans': '闫俊杰认为，只做特定任务的AI已触及商业化天花板，通用人工智能无需定制即可形成标准化产品、服务海量用户，才是创造规模化价值的方向。',
    },
  },
  {
    id: 's1.tech-drives-products',
    seed: S1,
    quote: '閆俊杰更追求大模型的泛化性,他認為,一個強技術(shù)的公司不應(yīng)該是個賣技術(shù)的公司,而是一家技術(shù)驅(qū)動產(chǎn)品的公司,這也決定了MiniMax將更聚焦于C端市場。',
    gloss: {
      en: 'Yan Junjie holds that a company strong in technology should not sell technology, but be a company whose technology drives products; this is why MiniMax focuses on consumers.',
      'zh-hans': '闫俊杰认为，强技术的公司不应卖技术，而应是技术驱动产品的公司，这决定了MiniMax更聚焦C端市场。',
    },
  },
  {
    id: 's1.moe-bet',
    seed: S1,
    quote: '但對于起步較晚的MiniMax來說,如何趕上進度才是關(guān)鍵。為此,閆俊杰押注的是MoE專家混合模型,可以在不增加太多計算資源的情況下,讓模型變得更加復(fù)雜和強大。',
    gloss: {
      en: 'For MiniMax, a late starter, catching up was the key; Yan Junjie bet on a mixture-of-experts (MoE) design, which makes a model more complex and capable without adding much computing power.',
      'zh-hans': '对起步较晚的MiniMax而言，关键是追赶进度；闫俊杰押注MoE混合专家模型，在不大幅增加算力的情况下让模型更复杂、更强大。',
    },
  },
  {
    id: 's1.minimax-flagship-products',
    seed: S1,
    quote: '目前,MiniMax的代表產(chǎn)品包括文生視頻功能的“海螺AI” 、AI情感陪伴應(yīng)用的“星野/Talkie”等。',
    gloss: {
      en: 'MiniMax’s flagship products include the text-to-video service Hailuo AI and the AI companionship app Xingye/Talkie.',
      'zh-hans': 'MiniMax的代表产品包括文生视频的“海螺AI”和AI情感陪伴应用“星野/Talkie”。',
    },
  },
  {
    id: 's1.state-backers',
    seed: S1,
    quote: '作為一家脫胎于清華大學(xué)實驗室的企業(yè),“根正苗紅”的智譜背后不乏國資的身影,比如杭州城投、上城資本、珠海華發(fā)等。',
    gloss: {
      en: 'As a company born of a Tsinghua lab, with an impeccable pedigree, Zhipu has state capital behind it, such as Hangzhou City Investment, Shangcheng Capital and Zhuhai Huafa.',
      'zh-hans': '脱胎于清华实验室、“根正苗红”的智谱背后不乏国资身影，如杭州城投、上城资本、珠海华发等。',
    },
  },
  {
    id: 's1.state-ties-clients',
    seed: S1,
    quote: '在與國資深度綁定的背景下,智譜也收獲了更多政企客戶以及學(xué)術(shù)圈客戶,比如為高校等科研單位開發(fā)“AI +學(xué)術(shù)搜索產(chǎn)品”、與珠海華發(fā)合作開發(fā)的“智譜+珠海華發(fā)空間”項目等。',
    gloss: {
      en: 'With its deep ties to state capital, Zhipu has won more government, enterprise and academic customers, for example AI academic-search products for universities and the “Zhipu + Zhuhai Huafa Space” project with Zhuhai Huafa.',
      'zh-hans': '与国资深度绑定，智谱收获了更多政企及学术圈客户，如为高校开发“AI+学术搜索产品”、与珠海华发合作的“智谱+珠海华发空间”项目。',
    },
  },
  {
    id: 's1.minimax-backers',
    seed: S1,
    quote: '從融資背景來看,MiniMax背后更多是科技大廠和國際投資者,比如阿里、騰訊、小紅書,以及阿布扎比投資局、韓國未來資產(chǎn)等,它們?yōu)镸iniMax打開了廣闊的海外市場。',
    gloss: {
      en: 'MiniMax is backed mostly by big tech companies and international investors, such as Alibaba, Tencent and Xiaohongshu, the Abu Dhabi Investment Authority and South Korea’s Mirae Asset, which opened wide overseas markets to it.',
      'zh-hans': 'MiniMax背后更多是科技大厂和国际投资者，如阿里、腾讯、小红书、阿布扎比投资局、韩国未来资产，它们为MiniMax打开了海外市场。',
    },
  },
  {
    id: 's1.scholar-vs-fighter',
    seed: S1,
    quote: '如果說智譜是不折不扣的“學(xué)術(shù)派”,那么MiniMax則更像是四處開花的“野戰(zhàn)派”。',
    gloss: {
      en: 'If Zhipu is a thoroughgoing “scholar”, MiniMax is more like a “field fighter”, opening fronts everywhere.',
      'zh-hans': '如果说智谱是不折不扣的“学术派”，MiniMax则更像四处开花的“野战派”。',
    },
  },
  {
    id: 's1.chatgpt-4-wave',
    seed: S1,
    quote: '后面的故事大家也都知道了。2023年初,ChatGPT-4正式發(fā)布,AI大模型很快就成為了普通人也能感知到的技術(shù)浪潮。',
    gloss: {
      en: 'In early 2023 ChatGPT-4 was released, and large models quickly became a wave of technology that ordinary people could feel.',
      'zh-hans': '2023年初ChatGPT-4发布，大模型很快成为普通人也能感知的技术浪潮。',
    },
  },
  {
    id: 's1.start-up-rush',
    seed: S1,
    quote: '隨后,國內(nèi)互聯(lián)網(wǎng)大廠紛紛推出了自研大模型,月之暗面、零一萬物等大模型初創(chuàng)企業(yè)也如雨后春筍般涌現(xiàn),智譜和MiniMax開始感受到更緊迫的商業(yè)化壓力。',
    gloss: {
      en: 'China’s internet giants then launched models of their own, start-ups such as Moonshot AI and 01.AI sprang up, and Zhipu and MiniMax felt more urgent pressure to earn money.',
      'zh-hans': '随后国内互联网大厂纷纷推出自研大模型，月之暗面、零一万物等初创企业涌现，智谱和MiniMax感受到更紧迫的商业化压力。',
    },
  },
  {
    id: 's1.paths-part',
    seed: S1,
    quote: '從這時候開始,智譜和MiniMax逐漸走向了分岔路。',
    gloss: {
      en: 'From then on, Zhipu and MiniMax gradually went separate ways.',
      'zh-hans': '从这时起，智谱和MiniMax逐渐走向分岔路。',
    },
  },
  {
    id: 's1.onprem-clients',
    seed: S1,
    quote: '主要面向?qū)?shù)據(jù)安全有高要求的政府、金融、能源等機構(gòu)客戶,為他們提供定制化模型解決方案。',
    gloss: {
      en: 'Zhipu’s on-premise deployments mainly serve institutional customers with strict data-security demands, such as government, finance and energy, with customized model solutions.',
      'zh-hans': '智谱本地化部署主要面向对数据安全要求高的政府、金融、能源等机构客户，提供定制化模型解决方案。',
    },
  },
  {
    id: 's1.largest-independent-by-revenue',
    seed: S1,
    quote: '根據(jù)招股書,智譜已成為中國收入規(guī)模最大的獨立大模型廠商之一。',
    gloss: {
      en: 'According to its prospectus, Zhipu is one of China’s largest independent large-model companies by revenue.',
      'zh-hans': '据招股书，智谱已成为中国收入规模最大的独立大模型厂商之一。',
    },
  },
  {
    id: 's2.tsinghua-showcase',
    seed: S2,
    quote: '作為清華大學技術成果轉化的標桿企業,智譜選擇了MaaS(模型即服務)這條“被集成”之路。',
    gloss: {
      en: 'As the showcase of Tsinghua University turning research into business, Zhipu chose the MaaS (model as a service) road of being built into others’ systems.',
      'zh-hans': '作为清华大学技术成果转化的标杆企业，智谱选择了MaaS（模型即服务）这条“被集成”之路。',
    },
  },
  {
    id: 's2.self-reliance',
    seed: S2,
    quote: '這種路徑或許缺乏爆發性增長的故事性,但卻為千行百業的智能化轉型提供了堅實底座,符合國家在關鍵核心技術領域自主可控的戰略需求。',
    gloss: {
      en: 'Zhipu’s road may lack a story of explosive growth, but it gives industry a solid base for going digital and fits the state’s strategic need for self-reliance in core technologies.',
      'zh-hans': '这条路径或许缺乏爆发性增长的故事，但为千行百业提供了坚实底座，符合国家在关键核心技术领域自主可控的战略需求。',
    },
  },
  {
    id: 's2.yan-bet',
    seed: S2,
    quote: '創始人閆俊杰來自商湯,深諳AI商業化之道,從一開始就押注全模態大模型與AI原生產品。',
    gloss: {
      en: 'Founder Yan Junjie came from SenseTime, knows well how AI is turned into business, and bet from the start on models covering every modality and on AI-native products.',
      'zh-hans': '创始人闫俊杰来自商汤，深谙AI商业化之道，从一开始就押注全模态大模型与AI原生产品。',
    },
  },
  {
    id: 's3.left-sensetime-2021',
    seed: S3,
    quote: '相關資料顯示,MiniMax核心創(chuàng)始人閆俊杰曾就職于商湯科技,2021年11月,閆俊杰從商湯離職,在上海創(chuàng)辦MiniMax。',
    gloss: {
      en: 'According to related materials, Yan Junjie left SenseTime in November 2021 and founded MiniMax in Shanghai.',
      'zh-hans': '相关资料显示，闫俊杰2021年11月从商汤离职，在上海创办MiniMax。',
    },
  },
  {
    id: 's3.prospectus-founding',
    seed: S3,
    quote: '招股書披露,自2022年成立以來,MiniMax累計研發(fā)與運營投入約5億美元。',
    gloss: {
      en: 'The prospectus says MiniMax has spent about US$500 million on research and operations since it was founded in 2022.',
      'zh-hans': '招股书披露，MiniMax自2022年成立以来累计研发与运营投入约5亿美元。',
    },
  },
  {
    id: 's3.four-years-top-tier',
    seed: S3,
    quote: '也就是說,短短4年時間,該公司就成為全球少數(shù)實現(xiàn)全模態(tài)能力并進入第一梯隊的大模型公司之一。',
    gloss: {
      en: 'In just four years MiniMax became one of the few model companies in the world with capabilities in every modality and a place in the first tier.',
      'zh-hans': '短短4年，MiniMax成为全球少数实现全模态能力并进入第一梯队的大模型公司之一。',
    },
  },
]);
