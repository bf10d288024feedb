package fr.fluxlogement.rules.bilan;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;

/**
 * Un ensemble trié immuable de chaînes, rangé dans un tableau : les listes de logements du bilan
 * (art. 6). Construit en O(n log n) une fois, il se lit, se compare et se fusionne sans arbre :
 * environ 4 octets par élément au lieu de 40 pour un {@code TreeSet}. Ordre naturel des chaînes ;
 * les sous-ensembles sont des vues sur le même tableau.
 */
final class EnsembleTrie extends AbstractSet<String> implements SortedSet<String> {

  private static final EnsembleTrie VIDE = new EnsembleTrie(new String[0], 0, 0);

  private final String[] elements;
  private final int debut;
  private final int fin;

  private EnsembleTrie(String[] elements, int debut, int fin) {
    this.elements = elements;
    this.debut = debut;
    this.fin = fin;
  }

  /** L'ensemble des éléments d'une collection quelconque (triés, doublons retirés). */
  static EnsembleTrie of(Collection<String> c) {
    if (c instanceof EnsembleTrie e) {
      return e;
    }
    String[] t = c.toArray(new String[0]);
    for (String s : t) {
      Objects.requireNonNull(s, "élément");
    }
    if (!(c instanceof SortedSet<?> s && s.comparator() == null)) {
      Arrays.sort(t);
    }
    return depuisTrie(t, t.length);
  }

  /**
   * L'ensemble des {@code n} premiers éléments d'un tableau déjà trié (doublons consécutifs
   * retirés) ; le tableau est repris, non copié : l'appelant ne doit plus le modifier.
   */
  static EnsembleTrie depuisTrie(String[] trie, int n) {
    if (n == 0) {
      return VIDE;
    }
    int m = 1;
    for (int i = 1; i < n; i++) {
      if (!trie[i].equals(trie[m - 1])) {
        trie[m++] = trie[i];
      }
    }
    return new EnsembleTrie(trie, 0, m);
  }

  /** La réunion de deux ensembles, par fusion des tableaux triés. */
  static EnsembleTrie reunion(EnsembleTrie a, EnsembleTrie b) {
    String[] r = new String[a.size() + b.size()];
    int i = a.debut;
    int j = b.debut;
    int k = 0;
    while (i < a.fin && j < b.fin) {
      int c = a.elements[i].compareTo(b.elements[j]);
      if (c < 0) {
        r[k++] = a.elements[i++];
      } else if (c > 0) {
        r[k++] = b.elements[j++];
      } else {
        r[k++] = a.elements[i++];
        j++;
      }
    }
    while (i < a.fin) {
      r[k++] = a.elements[i++];
    }
    while (j < b.fin) {
      r[k++] = b.elements[j++];
    }
    return k == 0 ? VIDE : new EnsembleTrie(r, 0, k);
  }

  @Override
  public int size() {
    return fin - debut;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String s && Arrays.binarySearch(elements, debut, fin, s) >= 0;
  }

  @Override
  public Iterator<String> iterator() {
    return Collections.unmodifiableList(Arrays.asList(elements).subList(debut, fin)).iterator();
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  /** Le premier indice de l'élément ≥ {@code s}. */
  private int rang(String s) {
    int r = Arrays.binarySearch(elements, debut, fin, Objects.requireNonNull(s, "borne"));
    return r >= 0 ? r : -r - 1;
  }

  @Override
  public SortedSet<String> subSet(String de, String a) {
    if (de.compareTo(a) > 0) {
      throw new IllegalArgumentException("bornes inversées : " + de + " > " + a);
    }
    return new EnsembleTrie(elements, rang(de), Math.max(rang(de), rang(a)));
  }

  @Override
  public SortedSet<String> headSet(String a) {
    return new EnsembleTrie(elements, debut, rang(a));
  }

  @Override
  public SortedSet<String> tailSet(String de) {
    return new EnsembleTrie(elements, rang(de), fin);
  }

  @Override
  public String first() {
    if (isEmpty()) {
      throw new NoSuchElementException();
    }
    return elements[debut];
  }

  @Override
  public String last() {
    if (isEmpty()) {
      throw new NoSuchElementException();
    }
    return elements[fin - 1];
  }
}
