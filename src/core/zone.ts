/** The default zone of every instant the library writes. @example DEFAULT_ZONE // 'Asia/Shanghai' */
export const DEFAULT_ZONE = 'Asia/Shanghai';
