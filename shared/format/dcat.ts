/**
 * The open-data catalogue of the published indicators as DCAT-AP.de JSON-LD (one dcat:Catalog with
 * its datasets embedded, each with a CSV and a JSON distribution), so GovData and the state
 * portals can harvest it. Written against DCAT-AP.de 2.0 and 3.0 (www.dcat-ap.de/def/dcatde/):
 * every property either version makes mandatory ("Pflicht") or recommended ("Empfohlen") for the
 * three classes, with the controlled vocabularies it prescribes:
 *
 * Catalogue (dcat:Catalog)
 *   mandatory:   dct:title, dct:description, dct:publisher, dcat:dataset (2.0; recommended in 3.0)
 *   recommended: dct:issued (when given), dct:modified, dct:language, foaf:homepage, dct:license,
 *                dcat:themeTaxonomy (at least the EU data themes), dcatap:availability, dct:spatial
 * Dataset (dcat:Dataset)
 *   mandatory:   dct:title, dct:description, dct:publisher (3.0; recommended in 2.0)
 *   recommended: dcat:keyword, dcatde:politicalGeocodingLevelURI, dcatde:politicalGeocodingURI,
 *                dcat:theme, dcat:contactPoint, dcatap:availability, dct:spatial, dct:temporal,
 *                dcat:distribution
 *   optional, given: dct:identifier, dct:issued (when given), dct:modified, dct:language,
 *                dcat:landingPage, dct:accessRights, dct:accrualPeriodicity, dcatde:contributorID
 *                (only for delivery to GovData, when the tenant has one)
 * Distribution (dcat:Distribution)
 *   mandatory:   dcat:accessURL, dct:license (3.0; recommended in 2.0)
 *   recommended: dct:title, dct:modified, dct:format, dcatap:availability
 *   optional, given: dcat:downloadURL, dcat:mediaType, dcatde:licenseAttributionByText, dct:language
 * Agent (foaf:Agent): foaf:name mandatory. Period (dct:PeriodOfTime): dcat:startDate, dcat:endDate.
 *
 * Vocabularies: licence Datenlizenz Deutschland – Namensnennung 2.0 from the DCAT-AP.de licence
 * list; language, file type, frequency, access right, data theme and planned availability from
 * the EU vocabularies (publications.europa.eu/resource/authority/...); the geocoding level and the
 * municipality key from dcat-ap.de/def/politicalGeocoding/. The availability is AVAILABLE (kept for
 * the medium term): the indicators follow the quarters, their files are rewritten, not archived.
 * IRIs: the catalogue is `<baseUrl>/dcat#catalogue`, a dataset `<baseUrl>/datasets/<id>`, its
 * distributions `<dataset>#csv` and `#json`.
 */

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatap: 'http://data.europa.eu/r5r/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  adms: 'http://www.w3.org/ns/adms#',
  locn: 'http://www.w3.org/ns/locn#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Datenlizenz Deutschland – Namensnennung – Version 2.0, as DCAT-AP.de names it. */
export const LICENCE_DL_DE_BY_2_0 = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';
const EU = 'http://publications.europa.eu/resource/authority';
const GEOCODING = 'http://dcat-ap.de/def/politicalGeocoding';
const FREQUENCY = { monthly: 'MONTHLY', quarterly: 'QUARTERLY', annual: 'ANNUAL' } as const;

export interface Place { name: string; uri?: string }

export interface DcatInput {
  catalogue: {
    title: string;
    description: string;
    homepage: string;
    publisher: { name: string; uri?: string };
    /** Where to send comments on the data (vcard:Organization); the publisher's name when not given. */
    contactPoint?: { name: string; email?: string };
    issued?: string;
    modified: string;
    language: 'de';
    /** The area the whole catalogue covers (the city). */
    spatial?: Place;
    /** The city's Amtlicher Gemeindeschlüssel (8 digits), for dcatde:politicalGeocodingURI. */
    municipalityKey?: string;
    /** The tenant's GovData contributor id (a URI from dcat-ap.de/def/contributors/), when it delivers there. */
    contributorId?: string;
  };
  datasets: {
    id: string;
    title: string;
    description: string;
    keywords: string[];
    modified: string;
    issued?: string;
    /** The social space. */
    spatial: Place;
    temporal: { start: string; end: string };
    accrualPeriodicity: keyof typeof FREQUENCY;
    distributions: { format: 'CSV' | 'JSON'; url: string; mediaType: string }[];
    landingPage: string;
  }[];
  baseUrl: string;
}

type Node = Record<string, unknown>;
const iri = (id: string) => ({ '@id': id });
const de = (text: string) => ({ '@value': text, '@language': 'de' });
/** A date (YYYY-MM-DD) or an instant, typed as DCAT-AP.de asks. */
const date = (value: string) => ({ '@value': value, '@type': /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'xsd:date' : 'xsd:dateTime' });
const place = (p: Place): Node => ({ ...(p.uri ? { '@id': p.uri } : {}), '@type': 'dct:Location', 'locn:geographicName': de(p.name) });
/** An IANA media type as the IRI DCAT-AP asks for ("text/csv" → its IANA page). */
const mediaType = (type: string) => iri(/^https?:/.test(type) ? type : `https://www.iana.org/assignments/media-types/${type}`);

const LANGUAGES = { de: 'DEU' } as const;
const AVAILABILITY = iri(`${EU}/planned-availability/AVAILABLE`);

/** The catalogue as one JSON-LD document. */
export function dcatCatalogue(input: DcatInput): Node {
  const base = input.baseUrl.replace(/\/+$/, '');
  const c = input.catalogue;
  const language = iri(`${EU}/language/${LANGUAGES[c.language]}`);
  const publisher: Node = { ...(c.publisher.uri ? { '@id': c.publisher.uri } : {}), '@type': 'foaf:Agent', 'foaf:name': de(c.publisher.name) };
  const contact = c.contactPoint ?? { name: c.publisher.name };
  const contactPoint: Node = {
    '@type': 'vcard:Organization',
    'vcard:fn': de(contact.name),
    ...(contact.email ? { 'vcard:hasEmail': iri(`mailto:${contact.email}`) } : {}),
  };
  const geocoding: Node = {
    'dcatde:politicalGeocodingLevelURI': iri(`${GEOCODING}/Level/municipality`),
    ...(c.municipalityKey ? { 'dcatde:politicalGeocodingURI': iri(`${GEOCODING}/municipalityKey/${c.municipalityKey}`) } : {}),
  };

  const dataset = (d: DcatInput['datasets'][number]): Node => {
    const id = `${base}/datasets/${encodeURIComponent(d.id)}`;
    return {
      '@id': id,
      '@type': 'dcat:Dataset',
      'dct:identifier': id,
      'dct:title': de(d.title),
      'dct:description': de(d.description),
      'dct:publisher': publisher,
      'dcat:keyword': d.keywords.map(de),
      ...geocoding,
      ...(c.contributorId ? { 'dcatde:contributorID': iri(c.contributorId) } : {}),
      'dcat:theme': iri(`${EU}/data-theme/SOCI`),
      'dcat:contactPoint': contactPoint,
      'dcatap:availability': AVAILABILITY,
      'dct:spatial': place(d.spatial),
      'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(d.temporal.start), 'dcat:endDate': date(d.temporal.end) },
      ...(d.issued ? { 'dct:issued': date(d.issued) } : {}),
      'dct:modified': date(d.modified),
      'dct:language': language,
      'dcat:landingPage': iri(d.landingPage),
      'dct:accessRights': iri(`${EU}/access-right/PUBLIC`),
      'dct:accrualPeriodicity': iri(`${EU}/frequency/${FREQUENCY[d.accrualPeriodicity]}`),
      'dcat:distribution': d.distributions.map((x) => ({
        '@id': `${id}#${x.format.toLowerCase()}`,
        '@type': 'dcat:Distribution',
        'dct:title': de(`${d.title} (${x.format})`),
        'dcat:accessURL': iri(x.url),
        'dcat:downloadURL': iri(x.url),
        'dct:license': iri(LICENCE_DL_DE_BY_2_0),
        'dcatde:licenseAttributionByText': de(c.publisher.name),
        'dct:format': iri(`${EU}/file-type/${x.format}`),
        'dcat:mediaType': mediaType(x.mediaType),
        'dct:modified': date(d.modified),
        'dct:language': language,
        'dcatap:availability': AVAILABILITY,
      })),
    };
  };

  return {
    '@context': DCAT_CONTEXT,
    '@id': `${base}/dcat#catalogue`,
    '@type': 'dcat:Catalog',
    'dct:title': de(c.title),
    'dct:description': de(c.description),
    'dct:publisher': publisher,
    'foaf:homepage': iri(c.homepage),
    ...(c.issued ? { 'dct:issued': date(c.issued) } : {}),
    'dct:modified': date(c.modified),
    'dct:language': language,
    'dct:license': iri(LICENCE_DL_DE_BY_2_0),
    'dcat:themeTaxonomy': iri(`${EU}/data-theme`),
    'dcatap:availability': AVAILABILITY,
    ...(c.spatial ? { 'dct:spatial': place(c.spatial) } : {}),
    'dcat:dataset': input.datasets.map(dataset),
  };
}
