// Names for the generated population: common Dutch given names and surnames, the surname prefix
// (tussenvoegsel) kept apart from the surname as the population register does.

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const GIVEN_NAMES = {
  female: words(`
    Emma Julia Sophie Anna Tess Sara Fleur Lotte Eva Lisa Maria Johanna Cornelia Wilhelmina Femke
    Sanne Anouk Iris Noor Fatima Yasmina Mila Saar Nora Elisabeth Hendrika Ingrid Marieke Zeynep`),
  male: words(`
    Jan Pieter Kees Henk Willem Johannes Daan Sem Lucas Noah Liam Finn Bram Thijs Ruben Lars Jesse
    Stijn Mohamed Ahmed Cornelis Hendrik Gerrit Jeroen Maarten Sander Bas Mehmet Youssef`),
};

const PREFIX_WORDS = "van|de|den|der|het|in|'t|ter|ten|te|op";
const WITH_PREFIX = new RegExp(`^((?:(?:${PREFIX_WORDS})\\s+)+)(.+)$`);

/** Surnames as written in full, most common first. */
const FULL_SURNAMES = `
  de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer,
  de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit,
  Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen,
  van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek,
  Willems, van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, van der Wal, Prins,
  Blom, Huisman, in het Veld, van 't Hof, ter Horst, El Amrani, Yılmaz, Öztürk, Nguyen, Kramer,
  Postma, Kuipers, Bouzid`;

/** A surname split into its prefix (possibly empty) and the surname proper. */
export interface Surname {
  readonly prefix: string;
  readonly surname: string;
}

export const SURNAMES: readonly Surname[] = FULL_SURNAMES.split(',').map((full) => {
  const text = full.trim();
  const match = WITH_PREFIX.exec(text);
  return match ? { prefix: (match[1] ?? '').trim(), surname: match[2] ?? '' } : { prefix: '', surname: text };
});
