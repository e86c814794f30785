// Cells of inputs.csv that print several figures ("Lynas 3261; MP 232", "1 -> 10", "650 / 160 / 80"), split on
// purpose: each part names the text of its figure inside the cell (a test checks it is there) and what it is.
// Every other cell is one figure read by the starter's value parser; nothing here is coerced or guessed.

export interface CellPart {
  /** What this figure is within the cell ("Lynas", "target", "Dy 2025-06"). */
  readonly part: string
  /** The figure's own text, exactly as it appears in the cell. */
  readonly text: string
  /** Explicit ends when the cell states them another way ("8500 (+/-500)"). */
  readonly low?: number
  readonly high?: number
}

export const SPLITS: Readonly<Record<string, readonly CellPart[]>> = {
  S008: [
    { part: 'electronics', text: '<0.001' },
    { part: 'EV/HEV', text: '>1' },
    { part: 'wind generator', text: '1000-2000' }
  ],
  S014: [
    { part: 'Nd', text: '62.6' },
    { part: 'Pr', text: '15.7' },
    { part: 'Dy', text: '15.7' },
    { part: 'Tb', text: '3.1' }
  ],
  S015: [
    { part: 'typical', text: '1' },
    { part: 'upper (some vehicles)', text: '2.5' }
  ],
  S016: [
    { part: 'average turbine', text: '125' },
    { part: 'direct-drive, up to', text: '600' }
  ],
  S020: [
    { part: 'large turbine', text: '650' },
    { part: 'medium turbine', text: '160' },
    { part: 'small turbine', text: '80' }
  ],
  S025: [
    { part: 'typical', text: '4' },
    { part: 'desirable', text: '6-10' }
  ],
  S033: [
    { part: 'small car', text: '1-1.5' },
    { part: 'performance/SUV', text: '>=2' }
  ],
  S041: [
    { part: 'endorsed by India', text: '~30' },
    { part: 'approved by China', text: '0' }
  ],
  S056: [
    { part: 'Lynas', text: '3261' },
    { part: 'MP Materials', text: '232' }
  ],
  S070: [
    { part: 'current', text: '1' },
    { part: 'target', text: '10' }
  ],
  S071: [
    { part: 'current', text: '1' },
    { part: 'target', text: '3000-5000' }
  ],
  S074: [
    { part: 'FY2024-25', text: '120' },
    { part: 'plan FY2025-26', text: '200' }
  ],
  S082: [
    { part: 'China', text: '79.4' },
    { part: 'Japan', text: '19.3' },
    { part: 'Europe', text: '1.3' }
  ],
  S086: [
    { part: '2030', text: '107000' },
    { part: '2040', text: '116000' }
  ],
  S092: [{ part: 'allocation (+/-500)', text: '8500', low: 8000, high: 9000 }],
  S096: [
    { part: 'each partner', text: '3' },
    { part: 'total', text: '6' }
  ],
  S097: [
    { part: 'Dy', text: '0' },
    { part: 'Tb', text: '0' }
  ],
  S098: [
    { part: 'Dy 2025-06', text: '1' },
    { part: 'Dy 2024-06', text: '26037' },
    { part: 'Tb 2025-06', text: '1200' },
    { part: 'Tb 2024-06', text: '8590' }
  ],
  S099: [
    { part: 'Dy 2025-09', text: '18043' },
    { part: 'Dy 2025-10', text: '3501' },
    { part: 'Tb 2025-09', text: '4450' },
    { part: 'Tb 2025-10', text: '12200' }
  ],
  S102: [
    { part: 'consumer electronics', text: '2-3' },
    { part: 'wind turbines', text: '20-30' }
  ]
}
