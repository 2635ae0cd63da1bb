/**
 * The open-data catalogue is DCAT-AP.de: every property the specification (2.0 and 3.0) makes
 * mandatory or recommended for the catalogue, each dataset and each distribution is there, and the
 * licence and vocabulary URIs are the official ones. The lists below are copied by hand from the
 * specification's tables (www.dcat-ap.de/def/dcatde/, "Pflicht" and "Empfohlen"), not derived from
 * the implementation; properties are compared as full IRIs, so a wrong prefix fails too.
 */
import { describe, expect, it } from 'vitest';
import { dcatCatalogue, type DcatInput } from '../../shared/format/dcat.ts';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const DCATAP = 'http://data.europa.eu/r5r/';
const DCATDE = 'http://dcat-ap.de/def/dcatde/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const CATALOGUE_MANDATORY = [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCAT}dataset`];
const CATALOGUE_RECOMMENDED = [`${DCT}issued`, `${DCT}modified`, `${DCT}language`, `${FOAF}homepage`, `${DCT}license`, `${DCAT}themeTaxonomy`, `${DCATAP}availability`, `${DCT}spatial`];
const DATASET_MANDATORY = [`${DCT}title`, `${DCT}description`, `${DCT}publisher`];
const DATASET_RECOMMENDED = [
  `${DCAT}keyword`, `${DCATDE}politicalGeocodingLevelURI`, `${DCATDE}politicalGeocodingURI`, `${DCAT}theme`, `${DCAT}contactPoint`,
  `${DCATAP}availability`, `${DCT}spatial`, `${DCT}temporal`, `${DCAT}distribution`,
];
const DISTRIBUTION_MANDATORY = [`${DCAT}accessURL`, `${DCT}license`];
const DISTRIBUTION_RECOMMENDED = [`${DCT}title`, `${DCT}modified`, `${DCT}format`, `${DCATAP}availability`];

const input: DcatInput = {
  catalogue: {
    title: 'Offene Daten der Stadtteilarbeit Hamm',
    description: 'Indikatoren der Sozialräume, vierteljährlich.',
    homepage: 'https://stadtteilarbeit.hamm.de/offene-daten',
    publisher: { name: 'Stadt Hamm', uri: 'https://www.hamm.de/#stadt' },
    contactPoint: { name: 'Stadt Hamm, Sozialplanung', email: 'sozialplanung@stadt.hamm.de' },
    issued: '2025-01-15',
    modified: '2025-04-01T06:00:00Z',
    language: 'de',
    spatial: { name: 'Hamm' },
    municipalityKey: '05915000',
    contributorId: 'http://dcat-ap.de/def/contributors/openNRW',
  },
  datasets: [
    {
      id: 'ind-1/norden',
      title: 'Besuche im Familienzentrum – Hamm-Norden',
      description: 'Besuche je Monat im Sozialraum Hamm-Norden.',
      keywords: ['Familie', 'Sozialraum'],
      modified: '2025-04-01',
      issued: '2025-01-15',
      spatial: { name: 'Hamm-Norden', uri: 'https://stadtteilarbeit.hamm.de/sozialraeume/norden' },
      temporal: { start: '2024-01-01', end: '2025-03-31' },
      accrualPeriodicity: 'monthly',
      distributions: [
        { format: 'CSV', url: 'https://stadtteilarbeit.hamm.de/offene-daten/ind-1/norden.csv', mediaType: 'text/csv' },
        { format: 'JSON', url: 'https://stadtteilarbeit.hamm.de/offene-daten/ind-1/norden.json', mediaType: 'application/json' },
      ],
      landingPage: 'https://stadtteilarbeit.hamm.de/offene-daten/ind-1/norden',
    },
    {
      id: 'ind-2/mitte',
      title: 'Anteil Kinder in Kita – Hamm-Mitte',
      description: 'Anteil je Quartal.',
      keywords: ['Kita'],
      modified: '2025-04-01',
      spatial: { name: 'Hamm-Mitte' },
      temporal: { start: '2024-01-01', end: '2025-03-31' },
      accrualPeriodicity: 'quarterly',
      distributions: [{ format: 'CSV', url: 'https://stadtteilarbeit.hamm.de/offene-daten/ind-2/mitte.csv', mediaType: 'text/csv' }],
      landingPage: 'https://stadtteilarbeit.hamm.de/offene-daten/ind-2/mitte',
    },
  ],
  baseUrl: 'https://stadtteilarbeit.hamm.de/',
};

type Node = Record<string, unknown>;

/** The document's property names as full IRIs, through its own @context (a small JSON-LD expansion). */
function expandNode(node: Node, context: Record<string, string>): Record<string, unknown> {
  const full = (term: string) => {
    const [prefix, local] = term.split(':');
    expect(context[prefix], `prefix ${prefix}`).toBeDefined();
    return context[prefix] + local;
  };
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== '@context')
      .map(([key, value]) => [key === '@type' ? '@type' : key.startsWith('@') ? key : full(key), key === '@type' ? full(value as string) : value]),
  );
}

const doc = dcatCatalogue(input);
const context = doc['@context'] as Record<string, string>;
const expand = (n: unknown) => expandNode(n as Node, context);
const catalogue = expand(doc);
const datasets = (catalogue[`${DCAT}dataset`] as Node[]).map(expand);
const distributions = datasets.flatMap((d) => (d[`${DCAT}distribution`] as Node[]).map(expand));
const idOf = (v: unknown) => (v as { '@id': string })['@id'];
const present = (node: Record<string, unknown>, property: string) => {
  const v = node[property];
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length);
};

describe('DCAT-AP.de catalogue', () => {
  it('maps its prefixes to the official namespaces', () => {
    expect(context).toMatchObject({ dcat: DCAT, dct: DCT, dcatap: DCATAP, dcatde: DCATDE, foaf: FOAF, vcard: VCARD, xsd: XSD });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('has every mandatory and recommended property of the catalogue', () => {
    expect(catalogue['@type']).toBe(`${DCAT}Catalog`);
    for (const p of [...CATALOGUE_MANDATORY, ...CATALOGUE_RECOMMENDED]) expect(present(catalogue, p), p).toBe(true);
    expect(datasets).toHaveLength(2);
  });

  it('has every mandatory and recommended property of each dataset', () => {
    for (const d of datasets) {
      expect(d['@type']).toBe(`${DCAT}Dataset`);
      for (const p of [...DATASET_MANDATORY, ...DATASET_RECOMMENDED]) expect(present(d, p), `${d['@id']} ${p}`).toBe(true);
    }
    expect(distributions).toHaveLength(3);
  });

  it('has every mandatory and recommended property of each distribution', () => {
    for (const x of distributions) {
      expect(x['@type']).toBe(`${DCAT}Distribution`);
      for (const p of [...DISTRIBUTION_MANDATORY, ...DISTRIBUTION_RECOMMENDED]) expect(present(x, p), `${x['@id']} ${p}`).toBe(true);
    }
  });

  it('uses the official licence and vocabulary URIs', () => {
    const EU = 'http://publications.europa.eu/resource/authority/';
    expect(idOf(catalogue[`${DCT}license`])).toBe('http://dcat-ap.de/def/licenses/dl-by-de/2.0');
    for (const x of distributions) expect(idOf(x[`${DCT}license`])).toBe('http://dcat-ap.de/def/licenses/dl-by-de/2.0');
    expect(idOf(catalogue[`${DCT}language`])).toBe(`${EU}language/DEU`);
    expect(idOf(catalogue[`${DCAT}themeTaxonomy`])).toBe(`${EU}data-theme`);
    expect(distributions.map((x) => idOf(x[`${DCT}format`]))).toEqual([`${EU}file-type/CSV`, `${EU}file-type/JSON`, `${EU}file-type/CSV`]);
    expect(distributions.map((x) => idOf(x[`${DCAT}mediaType`]))).toEqual([
      'https://www.iana.org/assignments/media-types/text/csv',
      'https://www.iana.org/assignments/media-types/application/json',
      'https://www.iana.org/assignments/media-types/text/csv',
    ]);
    expect(datasets.map((d) => idOf(d[`${DCT}accrualPeriodicity`]))).toEqual([`${EU}frequency/MONTHLY`, `${EU}frequency/QUARTERLY`]);
    for (const node of [catalogue, ...datasets, ...distributions]) expect(idOf(node[`${DCATAP}availability`])).toMatch(new RegExp(`^${EU}planned-availability/(AVAILABLE|STABLE)$`));
    for (const d of datasets) {
      expect(idOf(d[`${DCT}accessRights`])).toBe(`${EU}access-right/PUBLIC`);
      expect(idOf(d[`${DCAT}theme`])).toBe(`${EU}data-theme/SOCI`);
      expect(idOf(d[`${DCT}language`])).toBe(`${EU}language/DEU`);
      expect(idOf(d[`${DCATDE}politicalGeocodingLevelURI`])).toBe('http://dcat-ap.de/def/politicalGeocoding/Level/municipality');
      expect(idOf(d[`${DCATDE}politicalGeocodingURI`])).toBe('http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05915000');
      expect(idOf(d[`${DCATDE}contributorID`])).toBe('http://dcat-ap.de/def/contributors/openNRW');
    }
  });

  it('describes the publisher as a foaf:Agent and the contact point as a vcard:Organization', () => {
    for (const node of [catalogue, ...datasets]) {
      const publisher = expand(node[`${DCT}publisher`]);
      expect(publisher['@type']).toBe(`${FOAF}Agent`);
      expect(publisher[`${FOAF}name`]).toEqual({ '@value': 'Stadt Hamm', '@language': 'de' });
    }
    const contact = expand(datasets[0][`${DCAT}contactPoint`]);
    expect(contact['@type']).toBe(`${VCARD}Organization`);
    expect(contact[`${VCARD}fn`]).toEqual({ '@value': 'Stadt Hamm, Sozialplanung', '@language': 'de' });
    expect(idOf(contact[`${VCARD}hasEmail`])).toBe('mailto:sozialplanung@stadt.hamm.de');
    // Without a contact given: the publisher's name, and no e-mail.
    const bare = dcatCatalogue({ ...input, catalogue: { ...input.catalogue, contactPoint: undefined } });
    const bareContact = expand(expand((bare['dcat:dataset'] as Node[])[0])[`${DCAT}contactPoint`]);
    expect(bareContact[`${VCARD}fn`]).toEqual({ '@value': 'Stadt Hamm', '@language': 'de' });
    expect(bareContact[`${VCARD}hasEmail`]).toBeUndefined();
  });

  it('types dates and periods, places the social space, and gives stable IRIs', () => {
    expect(catalogue[`${DCT}modified`]).toEqual({ '@value': '2025-04-01T06:00:00Z', '@type': 'xsd:dateTime' });
    expect(catalogue[`${DCT}issued`]).toEqual({ '@value': '2025-01-15', '@type': 'xsd:date' });
    const period = expand(datasets[0][`${DCT}temporal`]);
    expect(period['@type']).toBe(`${DCT}PeriodOfTime`);
    expect(period[`${DCAT}startDate`]).toEqual({ '@value': '2024-01-01', '@type': 'xsd:date' });
    expect(period[`${DCAT}endDate`]).toEqual({ '@value': '2025-03-31', '@type': 'xsd:date' });
    const space = expand(datasets[0][`${DCT}spatial`]);
    expect(space['@type']).toBe(`${DCT}Location`);
    expect(space['@id']).toBe('https://stadtteilarbeit.hamm.de/sozialraeume/norden');
    expect(catalogue['@id']).toBe('https://stadtteilarbeit.hamm.de/dcat#catalogue');
    expect(datasets[0]['@id']).toBe('https://stadtteilarbeit.hamm.de/datasets/ind-1%2Fnorden');
    expect(distributions[0]['@id']).toBe('https://stadtteilarbeit.hamm.de/datasets/ind-1%2Fnorden#csv');
    expect(idOf(distributions[0][`${DCAT}accessURL`])).toBe('https://stadtteilarbeit.hamm.de/offene-daten/ind-1/norden.csv');
    expect(idOf(datasets[0][`${DCAT}landingPage`])).toBe('https://stadtteilarbeit.hamm.de/offene-daten/ind-1/norden');
  });
});
