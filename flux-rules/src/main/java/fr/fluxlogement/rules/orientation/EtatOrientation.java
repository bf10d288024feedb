package fr.fluxlogement.rules.orientation;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Typologie;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * L'état de l'orientation d'une année : ce que chaque partie a reçu (au total et par catégorie),
 * les offres faites et les échecs. Immuable : chaque décision rend un nouvel état.
 */
public final class EtatOrientation {

  private final List<Reservataire> parties;
  private final TableauCompteur t;

  EtatOrientation(List<Reservataire> parties, TableauCompteur t) {
    this.parties = parties;
    this.t = t;
  }

  TableauCompteur tableau() {
    return t;
  }

  /** Le nombre de logements orientés et imputés. */
  public long orientes() {
    return t.k;
  }

  private int index(Reservataire r) {
    int i = parties.indexOf(r);
    if (i < 0) {
      throw new IllegalArgumentException("partie inconnue du moteur : " + r.cle());
    }
    return i;
  }

  /** Les logements imputés à une partie. */
  public long imputes(Reservataire r) {
    return t.imputes[index(r)];
  }

  /** Les offres faites à une partie (imputées ou non). */
  public long offres(Reservataire r) {
    return t.offres[index(r)];
  }

  /** Les échecs d'une partie (logements qu'elle n'a pas pu pourvoir). */
  public long echecs(Reservataire r) {
    return t.echecs[index(r)];
  }

  /** Les logements imputés à chaque partie, dans l'ordre des clés. */
  public Map<Reservataire, Long> imputes() {
    Map<Reservataire, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      m.put(parties.get(i), t.imputes[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** Les logements d'une typologie reçus par une partie. */
  public long imputes(Reservataire r, Typologie typologie) {
    return t.parCategoriePartie[TableauCompteur.TYPOLOGIE][typologie.ordinal() * t.n + index(r)];
  }

  /** Les logements d'un financement reçus par une partie. */
  public long imputes(Reservataire r, Financement financement) {
    return t.parCategoriePartie[TableauCompteur.FINANCEMENT][financement.ordinal() * t.n + index(r)];
  }

  /** Les logements en QPV (vrai) ou hors QPV (faux) reçus par une partie. */
  public long imputes(Reservataire r, boolean enQpv) {
    return t.parCategoriePartie[TableauCompteur.QPV][(enQpv ? 0 : 1) * t.n + index(r)];
  }

  /** Les logements d'une commune reçus par une partie. */
  public long imputes(Reservataire r, String commune) {
    Integer c = t.communes.get(commune);
    return c == null ? 0 : t.parCategoriePartie[TableauCompteur.COMMUNE][c * t.n + index(r)];
  }

  /** Le nombre de logements orientés d'une typologie. */
  public long logements(Typologie typologie) {
    return t.parCategorie[TableauCompteur.TYPOLOGIE][typologie.ordinal()];
  }

  /** Le nombre de logements orientés d'un financement. */
  public long logements(Financement financement) {
    return t.parCategorie[TableauCompteur.FINANCEMENT][financement.ordinal()];
  }

  /** Le nombre de logements orientés en QPV (vrai) ou hors QPV (faux). */
  public long logements(boolean enQpv) {
    return t.parCategorie[TableauCompteur.QPV][enQpv ? 0 : 1];
  }

  /** Le nombre de logements orientés par commune, dans l'ordre des codes. */
  public Map<String, Long> logementsParCommune() {
    TreeMap<String, Long> m = new TreeMap<>();
    t.communes.forEach((code, c) -> m.put(code, t.parCategorie[TableauCompteur.COMMUNE][c]));
    return Collections.unmodifiableMap(m);
  }
}
