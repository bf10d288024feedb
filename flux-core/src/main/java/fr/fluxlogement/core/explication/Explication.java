package fr.fluxlogement.core.explication;

import fr.fluxlogement.core.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * L'explication d'une figure calculée : un arbre dont chaque nœud porte un libellé, une valeur, la
 * formule qui l'a produite, les références juridiques sur lesquelles il repose et ses enfants (les
 * figures dont il dépend). Se rend en texte français indenté et en JSON.
 *
 * @param libelle ce que la figure est, en français
 * @param valeur la valeur, en texte
 * @param formule comment la valeur a été obtenue (vide pour une donnée d'entrée)
 * @param references les textes et articles sur lesquels elle repose
 * @param enfants les explications des figures dont elle dépend
 */
public record Explication(
    String libelle, String valeur, String formule, List<Reference> references, List<Explication> enfants) {

  /** Valide et fige l'explication. */
  public Explication {
    Objects.requireNonNull(libelle, "libelle");
    Objects.requireNonNull(valeur, "valeur");
    Objects.requireNonNull(formule, "formule");
    references = List.copyOf(references);
    enfants = List.copyOf(enfants);
  }

  /** Une donnée d'entrée, sans formule ni enfant. */
  public static Explication donnee(String libelle, Object valeur, Reference... references) {
    return new Explication(libelle, String.valueOf(valeur), "", List.of(references), List.of());
  }

  /** Un nœud calculé. */
  public static Explication of(
      String libelle, Object valeur, String formule, List<Reference> references, List<Explication> enfants) {
    return new Explication(libelle, String.valueOf(valeur), formule, references, enfants);
  }

  /** Un constructeur pas à pas. */
  public static Builder builder(String libelle, Object valeur) {
    return new Builder(libelle, String.valueOf(valeur));
  }

  /** Le nombre de nœuds de l'arbre. */
  public int taille() {
    int n = 1;
    for (Explication e : enfants) {
      n += e.taille();
    }
    return n;
  }

  /**
   * Le même arbre, chaque référence passée par une fonction : résoudre les clauses d'une
   * convention en ses propres articles ({@code TexteConvention::resoudre}).
   *
   * @param resolution la fonction appliquée à chaque référence de chaque nœud
   * @return l'arbre aux références résolues
   */
  public Explication resoudre(java.util.function.UnaryOperator<Reference> resolution) {
    java.util.Objects.requireNonNull(resolution, "resolution");
    boolean change = false;
    Reference[] refs = new Reference[references.size()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = resolution.apply(references.get(i));
      change |= !refs[i].equals(references.get(i));
    }
    Explication[] es = new Explication[enfants.size()];
    for (int i = 0; i < es.length; i++) {
      es[i] = enfants.get(i).resoudre(resolution);
      change |= es[i] != enfants.get(i);
    }
    // rien à résoudre : le même arbre (immuable), sans copie
    return change ? new Explication(libelle, valeur, formule, List.of(refs), List.of(es)) : this;
  }

  /** Rend l'arbre en texte français indenté. */
  public String toTexte() {
    StringBuilder sb = new StringBuilder();
    texte(sb, 0);
    return sb.toString();
  }

  private void texte(StringBuilder sb, int profondeur) {
    sb.append("  ".repeat(profondeur)).append("- ").append(libelle).append(" : ").append(valeur);
    if (!formule.isEmpty()) {
      sb.append(" (").append(formule).append(')');
    }
    if (!references.isEmpty()) {
      sb.append(" [");
      for (int i = 0; i < references.size(); i++) {
        if (i > 0) {
          sb.append(" ; ");
        }
        sb.append(references.get(i).citation());
      }
      sb.append(']');
    }
    sb.append('\n');
    for (Explication e : enfants) {
      e.texte(sb, profondeur + 1);
    }
  }

  /** Constructeur pas à pas d'une {@link Explication}. */
  public static final class Builder {
    private final String libelle;
    private final String valeur;
    private String formule = "";
    private final List<Reference> references = new ArrayList<>();
    private final List<Explication> enfants = new ArrayList<>();

    private Builder(String libelle, String valeur) {
      this.libelle = Objects.requireNonNull(libelle, "libelle");
      this.valeur = Objects.requireNonNull(valeur, "valeur");
    }

    /** La formule. */
    public Builder formule(String f) {
      this.formule = Objects.requireNonNull(f, "formule");
      return this;
    }

    /** Ajoute des références. */
    public Builder reference(Reference... refs) {
      for (Reference r : refs) {
        if (!references.contains(r)) {
          references.add(r);
        }
      }
      return this;
    }

    /** Ajoute un enfant. */
    public Builder enfant(Explication e) {
      enfants.add(Objects.requireNonNull(e, "enfant"));
      return this;
    }

    /** Ajoute des enfants. */
    public Builder enfants(List<Explication> es) {
      enfants.addAll(es);
      return this;
    }

    /** L'explication. */
    public Explication build() {
      return new Explication(libelle, valeur, formule, references, enfants);
    }
  }
}
