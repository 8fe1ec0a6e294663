/** The legal clock (Wmo 2015 terms, Awb bezwaartermijn, Algemene termijnenwet). */

export * from './awb.ts';
export * from './awb-verdaging.ts';
export * from './datum.ts';
export * from './feestdagen.ts';
export * from './kalender.ts';
export * from './termijnen.ts';
