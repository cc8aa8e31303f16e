/** The main towns, always labelled with both toponyms (names.en holds "Stepanakert / Khankendi"). */
export const LABELLED_TOWNS = [
  'khankendi', 'shusha', 'aghdara', 'khojavend', 'khojaly', 'hadrut', 'lachin', 'kalbajar', 'qubadli',
  'zangilan', 'jabrayil', 'fuzuli', 'agdam', 'tartar', 'barda', 'ganja', 'goris', 'vardenis',
];
