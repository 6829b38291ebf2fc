/**
 * The finance word list of {@link FinanceWordListScorer}, written for this project (not derived from
 * any licensed lexicon). Phrases are lower-case, space-separated tokens as `tokenizeText` produces
 * them (hyphens split: "lay-offs" -> "lay offs"); alternatives are separated by `|`.
 */

/** What a lexicon entry does in scoring. */
export type LexiconKind =
  /** Carries sentiment by itself (weight > 0 positive, < 0 negative). */
  | 'polar'
  /** A move up or down; its sentiment depends on the financial noun it attaches to. */
  | 'up'
  | 'down'
  /** A financial quantity: more is good (weight +1) or bad (weight -1). */
  | 'metric'
  /** Flips the sentiment of the next few tokens. */
  | 'negator'
  /** Scales the next sentiment-bearing term. */
  | 'intensifier'
  /** Introduces the earlier figure a quantity is compared with ("compared to", "from"). */
  | 'comparator'
  /** Consumes a phrase that would otherwise be misread ("up to", "cost of"). */
  | 'neutral';

/** One kind and weight applied to every `|`-separated phrase of `phrases`. */
export interface LexiconGroup {
  readonly kind: LexiconKind;
  readonly weight: number;
  readonly phrases: string;
  /** Sentiment of a metric that no move attaches to ("posted a net loss"); 0 when omitted. */
  readonly standalone?: number;
}

const group = (kind: LexiconKind, weight: number, phrases: string, standalone = 0): LexiconGroup => ({ kind, weight, phrases, standalone });

/** Moves. Weight = sentiment when no financial noun is in reach (a rise is mildly good, a fall mildly bad). */
export const DIRECTION_GROUPS: readonly LexiconGroup[] = [
  group(
    'up',
    0.5,
    'rise|rises|rose|risen|rising|increase|increases|increased|increasing|grow|grows|grew|grown|growing|growth|up|higher|' +
      'improve|improves|improved|improving|improvement|improvements|jump|jumps|jumped|climb|climbs|climbed|gain|gains|gained|' +
      'surge|surges|surged|soar|soars|soared|double|doubled|doubling|tripled|rebound|rebounded|recover|recovered|recovery|' +
      'expand|expands|expanded|expanding|expansion|boost|boosts|boosted|strengthen|strengthens|strengthened|strengthening|' +
      'advance|advanced|raise|raises|raised|raising|went up|go up|goes up|gone up|picked up|edged up|upturn|widen|widened|widening|' +
      'extend|extends|extended|add|adds|added|enlarge|enlarged|accelerate|accelerated|topped|tops',
  ),
  group(
    'down',
    -0.6,
    'fall|falls|fell|fallen|falling|decrease|decreases|decreased|decreasing|decline|declines|declined|declining|drop|drops|' +
      'dropped|down|lower|lowered|weaken|weakened|weakening|slump|slumped|plunge|plunged|shrink|shrank|shrunk|contraction|' +
      'reduce|reduces|reduced|reducing|reduction|reductions|cut|cuts|cutting|slip|slipped|slips|dip|dipped|halve|halved|' +
      'tumble|tumbled|sink|sank|deteriorate|deteriorated|deterioration|erode|eroded|erosion|narrow|narrowed|narrowing|' +
      'slow|slowed|slowing|went down|go down|diminish|diminished|shed|lose|loses|lost|decreased to|fell short',
  ),
];

/** Financial quantities: weight +1 when more is better, -1 when more is worse. */
export const METRIC_GROUPS: readonly LexiconGroup[] = [
  group('metric', 1.25, 'profit|profits|profitability|earnings|income|ebit|ebitda|eps|earnings per share|margin|margins|result|results'),
  group(
    'metric',
    1,
    'sales|revenue|revenues|turnover|orders|order intake|order book|order backlog|backlog|demand|market share|cash flow|dividend|dividends|' +
      'volume|volumes|production|output|deliveries|shipments|customers|subscribers|passengers|traffic|share price|' +
      'shares|share prices|stock|stocks|value|valuation|capacity|productivity|efficiency|occupancy|return on investment|return on equity|roi|roe|' +
      'exports|export|market position|position|presence|offering|competitiveness|outlook|guidance|forecast|estimate|' +
      'personnel|staff|employees|jobs|workforce|headcount|workers|price target|rating|liquidity|solvency|equity ratio|' +
      'capital structure|balance sheet|operations|business|growth rate|utilisation rate|utilization rate',
  ),
  group('metric', -1, 'loss|losses|net loss|operating loss|pretax loss|pre tax loss|deficit', -0.7),
  group(
    'metric',
    -1,
    'costs|cost|expenses|expenditure|expenditures|debt|debts|net debt|liabilities|' +
      'unemployment|impairment|impairments|write downs|provisions|charges|gearing|loss per share|risk|risks|inventories|' +
      'fixed costs|interest expenses',
  ),
];

/** Words and phrases with sentiment of their own. */
export const POLAR_GROUPS: readonly LexiconGroup[] = [
  group(
    'polar',
    1.5,
    'beat expectations|beat estimates|beat forecasts|above expectations|exceeded expectations|ahead of expectations|' +
      'better than expected|stronger than expected|higher than expected|record profit|record sales|record high|all time high|' +
      'record result|excellent|buy recommendation|buy rating|upgraded|upgrade|upgrades|outperform|outperformed|returned to profit|turned to a profit|' +
      'swung to a profit|back in the black',
  ),
  group(
    'polar',
    1,
    'beat|beats|strong|stronger|strongest|strength|robust|solid|healthy|successful|successfully|success|win|wins|won|' +
      'awarded|award|profitable|optimistic|favourable|favorable|positive|upbeat|bullish|rally|rallied|best|pleased|' +
      'market leader|record|breakthrough|outstanding|boom|booming|surpass|surpassed|top performer|received an order|' +
      'received orders|won an order|won a contract|placed an order|placed orders|expansion orders|selected|chosen|partnership|' +
      'brisk|brisker|great|happy|superior|excellently|impressive|remarkable|well received|paid off|good',
  ),
  group(
    'polar',
    0.5,
    'benefit|benefits|beneficial|opportunity|opportunities|leading|leader|innovative|confident|better|satisfied|' +
      'welcome|welcomed|attractive|secured|secure|synergies|savings|upside|momentum|enhance|enhanced|efficient|competitive|' +
      'largest|new orders|order worth|orders worth|continued to grow',
  ),
  group(
    'polar',
    0.25,
    'agreement|contract|deal|cooperation|collaboration|invest|investment|investments|acquire|acquired|acquisition|launch|' +
      'launched|signed|order|received|cooperate|cooperating|work together|agreed',
  ),
  group(
    'polar',
    -2,
    'bankruptcy|bankrupt|insolvency|insolvent|receivership|fraud|profit warning|profit warnings|chapter 11|swung to a loss|' +
      'slipped to a loss|turned to a loss|plunged into the red|into the red',
  ),
  group(
    'polar',
    -1.5,
    'missed expectations|below expectations|short of expectations|worse than expected|weaker than expected|' +
      'lower than expected|larger than expected loss|downgrade|downgraded|downgrades|lay off|lay offs|laid off|laying off|' +
      'layoff|layoffs|temporary layoffs|redundancies|redundancy|job cuts|collapse|collapsed|crash|crashed|worst|nasty|' +
      'temporarily lay off|give notice|notice of termination|redundant|sell recommendation|sell rating|smaller than expected|' +
      'less than expected',
  ),
  group(
    'polar',
    -1,
    'miss|missed|misses|underperform|underperformed|lawsuit|lawsuits|litigation|sue|sued|suing|writedown|write down|' +
      'default|defaulted|investigation|probe|recall|recalled|dismissal|dismissals|terminate|terminated|termination|' +
      'shut down|shutdown|close down|closed down|closure|closures|strike|strikes|warning|warns|warned|weak|weakness|' +
      'weaker|slowdown|recession|downturn|crisis|negative|loss making|unprofitable|cancel|cancelled|canceled|cancellation|delay|' +
      'delayed|delays|problem|problems|difficult|difficulties|difficulty|worried|worries|worry|fear|fears|penalty|' +
      'penalties|violation|violated|violates|infringement|infringed|dispute|disputes|worse|fail|failed|failure|failures|' +
      'suspend|suspended|suspension|halt|halted|headwinds|hit by|hurt|hurts|adverse|adversely|damage|damaged|side effects|' +
      'stuck|painful|lowest|unemployed|dilution|pressure|pressures|burden|burdened|volatile|turmoil|ending|fined|bad|' +
      'trouble|threat|threats|upset|stole|stolen|theft|cartel|oversupply|short of',
  ),
  group(
    'polar',
    -0.5,
    'challenging|uncertainty|uncertain|uncertainties|concern|concerns|concerned|disagree|impacted by|affected by|' +
      'risk of|tough|unfavourable|unfavorable|costly|expensive',
  ),
];

/** Negators, intensifiers, comparators and phrases to neutralise. */
export const MODIFIER_GROUPS: readonly LexiconGroup[] = [
  group('negator', 1, 'not|no|never|without|failed to|fail to|fails to|unable to|neither|nor|lack of|lacks|lacked'),
  group(
    'intensifier',
    1.5,
    'significantly|sharply|strongly|substantially|considerably|markedly|very|highly|greatly|dramatically|notably|clearly|' +
      'steeply|extremely|remarkably|massively|heavily|tremendously',
  ),
  group('intensifier', 0.5, 'slightly|marginally|somewhat|modestly|a little|a bit'),
  group('comparator', 1, 'compared to|compared with|as compared to|as compared with|compare to|from|versus|vs|against|in comparison with'),
  group(
    'neutral',
    0,
    'up to|set up|sets up|setting up|cost of|costs of|at a cost|the value of the deal|value of the deal|deal value|' +
      'contract value|the value of the contract|value of the order|no longer|not only|no doubt|no matter|in order to|' +
      'in order|record date|share capital|number of shares|shares outstanding|outstanding shares|new shares|as well as|' +
      'declined to comment|declined comment|step down|steps down|fall due|falls due|cut to length|cold cuts|' +
      'ending january|ending february|ending march|ending april|ending may|ending june|ending july|ending august|' +
      'ending september|ending october|ending november|ending december',
  ),
];
