package fr.fluxlogement.rules.calendrier;

import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Les jours fériés d'une année dans une zone : les onze jours de Code du travail L.3133-1 (le lundi
 * de Pentecôte compris, même travaillé au titre de la journée de solidarité : il reste un jour
 * férié légal), plus le Vendredi saint et le 26 décembre en Alsace-Moselle (L.3134-13), plus la
 * commémoration de l'abolition de l'esclavage outre-mer (décret n° 83-1003). La liste actuelle
 * s'applique à toute année ; voir {@code docs/calendrier.md} pour l'histoire des textes.
 */
public final class JoursFeries {

  private JoursFeries() {}

  /**
   * Les jours fériés de l'année, triés.
   *
   * @param annee l'année (1583 ou après)
   * @param zone la zone
   * @param vendrediSaint en Alsace-Moselle, le Vendredi saint est-il férié dans tout le département
   *     (paramètre {@code vendredi_saint_alsace_moselle}, vrai par défaut) ?
   */
  public static List<JourFerie> de(int annee, ZoneCalendaire zone, boolean vendrediSaint) {
    LocalDate paques = Paques.dimanche(annee);
    List<JourFerie> l = new ArrayList<>();
    l.add(new JourFerie(LocalDate.of(annee, 1, 1), "Jour de l'an", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(paques.plusDays(1), "Lundi de Pâques", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(LocalDate.of(annee, 5, 1), "Fête du Travail", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(LocalDate.of(annee, 5, 8), "Victoire 1945", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(paques.plusDays(39), "Ascension", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(paques.plusDays(50), "Lundi de Pentecôte", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(LocalDate.of(annee, 7, 14), "Fête nationale", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(LocalDate.of(annee, 8, 15), "Assomption", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(LocalDate.of(annee, 11, 1), "Toussaint", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(LocalDate.of(annee, 11, 11), "Armistice 1918", References.CODE_TRAVAIL_L3133_1));
    l.add(new JourFerie(LocalDate.of(annee, 12, 25), "Noël", References.CODE_TRAVAIL_L3133_1));
    if (zone == ZoneCalendaire.ALSACE_MOSELLE) {
      if (vendrediSaint) {
        l.add(new JourFerie(paques.minusDays(2), "Vendredi saint", References.CODE_TRAVAIL_L3134_13));
      }
      l.add(new JourFerie(LocalDate.of(annee, 12, 26), "Saint-Étienne", References.CODE_TRAVAIL_L3134_13));
    }
    zone.abolition().ifPresent(md -> l.add(new JourFerie(md.atYear(annee), "Abolition de l'esclavage", References.DECRET_83_1003)));
    l.sort(Comparator.comparing(JourFerie::date));
    return List.copyOf(l);
  }
}
