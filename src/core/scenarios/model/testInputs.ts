// Resolved model inputs the model's tests start from: NdFeB demand, intensities, yields, mining, recycling and
// China's shares, all in their keys' units (what resolve.ts hands the model). Tests add capacity lines of their own.
/** Every input the NdFeB chain needs, with no capacity line. */
export const BASE_INPUTS: Readonly<Record<string, number>> = {
  'demand.base': 7000,
  'demand.growthTo2030': 2,
  'demand.growthAfter2030': 5,
  'magnet.reTotal': 30,
  'magnet.dy': 0.9,
  'magnet.tb': 0.3,
  'ndpr.prShare': 25,
  'oxide.nd': 85.74,
  'oxide.pr': 82.77,
  'oxide.dy': 87.13,
  'oxide.tb': 85.02,
  'metal.yield': 80,
  'magnet.yield': 85,
  'separation.recovery': 80,
  'mining.reo': 2900,
  'mining.share.nd': 20,
  'mining.share.pr': 5.5,
  'mining.share.dy': 0.18,
  'mining.share.tb': 0.06,
  'recycling.collection': 1,
  'recycling.recovery': 98,
  'recycling.lifetime': 10,
  'china.NdPr.share': 100,
  'china.Dy.share': 50,
  'china.Tb.share': 50,
  'china.magnet.share': 60
}
