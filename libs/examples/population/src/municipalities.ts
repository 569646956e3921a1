// The municipalities of the generated population: CBS municipality codes, official place
// names, real postal code ranges and streets, weighted by their number of inhabitants.

export interface Municipality {
  /** CBS municipality code, four digits. */
  readonly code: string;
  /** Official name (also the city of the generated addresses). */
  readonly name: string;
  /** Inhabitants in thousands (about 2024): the weight of the municipality in the population. */
  readonly inhabitants: number;
  /** The four-digit part of its postal codes lies in this range (both included). */
  readonly postalCodes: readonly [number, number];
  readonly streets: readonly string[];
}

export const MUNICIPALITIES: readonly Municipality[] = [
  {
    code: '0363',
    name: 'Amsterdam',
    inhabitants: 931,
    postalCodes: [1011, 1109],
    streets: [
      'Prinsengracht',
      'Keizersgracht',
      'Herengracht',
      'Overtoom',
      'Kinkerstraat',
      'Van Woustraat',
      'Javastraat',
      'Ferdinand Bolstraat',
      'Marnixstraat',
      'Bilderdijkstraat',
    ],
  },
  {
    code: '0599',
    name: 'Rotterdam',
    inhabitants: 670,
    postalCodes: [3011, 3089],
    streets: [
      'Coolsingel',
      'Witte de Withstraat',
      'Nieuwe Binnenweg',
      'Beukelsdijk',
      'Zwart Janstraat',
      'Mathenesserlaan',
      'Groene Hilledijk',
      'Slinge',
    ],
  },
  {
    code: '0518',
    name: "'s-Gravenhage",
    inhabitants: 566,
    postalCodes: [2491, 2597],
    streets: [
      'Laan van Meerdervoort',
      'Frederik Hendriklaan',
      'Weimarstraat',
      'Prinsegracht',
      'Fahrenheitstraat',
      'Loosduinseweg',
      'Noordeinde',
      'Beeklaan',
    ],
  },
  {
    code: '0344',
    name: 'Utrecht',
    inhabitants: 374,
    postalCodes: [3511, 3585],
    streets: [
      'Oudegracht',
      'Biltstraat',
      'Amsterdamsestraatweg',
      'Kanaalstraat',
      'Nachtegaalstraat',
      'Twijnstraat',
      'Vleutenseweg',
      'Lange Nieuwstraat',
    ],
  },
  {
    code: '0014',
    name: 'Groningen',
    inhabitants: 243,
    postalCodes: [9711, 9747],
    streets: [
      'Herestraat',
      'Oosterstraat',
      'Korreweg',
      'Paterswoldseweg',
      'Hereweg',
      'Nieuwe Ebbingestraat',
      'Zonnelaan',
      'Vinkhuizen',
    ],
  },
  {
    code: '0772',
    name: 'Eindhoven',
    inhabitants: 243,
    postalCodes: [5611, 5658],
    streets: ['Stratumseind', 'Kruisstraat', 'Boschdijk', 'Aalsterweg', 'Hoogstraat', 'Woenselse Markt'],
  },
  {
    code: '0855',
    name: 'Tilburg',
    inhabitants: 227,
    postalCodes: [5011, 5049],
    streets: ['Heuvelstraat', 'Korvelseweg', 'Ringbaan-West', 'Piusstraat', 'Bredaseweg', 'Goirkestraat'],
  },
  {
    code: '0034',
    name: 'Almere',
    inhabitants: 222,
    postalCodes: [1311, 1363],
    streets: ['Kruidenweg', 'Randstad', 'Waterlelieweg', 'Muziekweg', 'Spoordreef', 'Grote Markt'],
  },
  {
    code: '0935',
    name: 'Maastricht',
    inhabitants: 122,
    postalCodes: [6211, 6229],
    streets: [
      'Vrijthof',
      'Wycker Brugstraat',
      'Tongerseweg',
      'Scharnerweg',
      'Boschstraat',
      'Brusselsestraat',
    ],
  },
];

/** The municipality with that code, if it is one of the generated population's. */
export function municipalityOf(code: string): Municipality | undefined {
  return MUNICIPALITIES.find((municipality) => municipality.code === code);
}
