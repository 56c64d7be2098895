/** The parameters of lac_small, in the order the converter writes them. */
export const LAC_PARAMS = [
  'word_emb',
  'fc_0.w_0',
  'fc_0.b_0',
  'gru_0.w_0',
  'gru_0.b_0',
  'fc_1.w_0',
  'fc_1.b_0',
  'gru_1.w_0',
  'gru_1.b_0',
  'fc_2.w_0',
  'fc_2.b_0',
  'gru_2.w_0',
  'gru_2.b_0',
  'fc_3.w_0',
  'fc_3.b_0',
  'gru_3.w_0',
  'gru_3.b_0',
  'fc_4.w_0',
  'fc_4.b_0',
  'crfw',
] as const;

/** One parameter in weights.bin: float32, or int8 with one float32 scale per row at `scales`. */
export interface LacSection {
  name: string;
  dims: number[];
  dtype: 'f32' | 'i8';
  offset: number;
  scales?: number;
}

/** content/models/lac-small/model.json: the character and tag tables and where each weight is. */
export interface LacManifest {
  format: 1;
  source: string;
  /** Character (or OOV class) of each input id; "" for an unused id. */
  chars: string[];
  /** Tag of each output id (n-B, ORG-I, O …). */
  tags: string[];
  sections: LacSection[];
}
